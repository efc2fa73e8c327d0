package org.verso.web;

/** Plain-language explanations of the HTTP statuses that have no domain exception behind them. */
final class StatusMessages {

    private StatusMessages() {
    }

    static String of(int status, ErrWeb m) {
        return switch (status) {
            case 400 -> m.status400();
            case 401 -> m.status401();
            case 403 -> m.status403();
            case 404 -> m.status404();
            case 405 -> m.status405();
            case 406 -> m.status406();
            case 413 -> m.status413();
            case 415 -> m.status415();
            default -> m.statusOther(status);
        };
    }
}
