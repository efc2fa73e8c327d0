package org.verso.htmx;

import jakarta.ws.rs.core.HttpHeaders;

/** The htmx request and response headers Verso uses; one place so their spelling is checked once. */
public final class Htmx {

    public static final String REQUEST = "HX-Request";
    public static final String REDIRECT = "HX-Redirect";
    public static final String RETARGET = "HX-Retarget";
    public static final String RESWAP = "HX-Reswap";
    public static final String REFRESH = "HX-Refresh";
    /** Names client-side events htmx raises on the page when the answer arrives. */
    public static final String TRIGGER = "HX-Trigger";

    private Htmx() {
    }

    /** True for a request htmx sent, which wants a fragment rather than a whole page or a redirect. */
    public static boolean isHtmx(HttpHeaders headers) {
        return "true".equalsIgnoreCase(headers.getHeaderString(REQUEST));
    }
}
