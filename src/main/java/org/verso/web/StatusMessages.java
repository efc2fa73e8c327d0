package org.verso.web;

/** Plain-language explanations of the HTTP statuses that have no domain exception behind them. */
final class StatusMessages {

    private StatusMessages() {
    }

    static String of(int status) {
        return switch (status) {
            case 400 -> "The request is malformed. Check the fields and try again.";
            case 401 -> "Log in to continue.";
            case 403 -> "Your role does not allow this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in the format you asked for.";
            case 413 -> "The request is too large.";
            case 415 -> "This address does not accept that content type; send JSON or a form.";
            default -> "The request could not be completed (HTTP " + status + ").";
        };
    }
}
