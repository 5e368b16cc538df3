package com.ratecard.cli;

/** Process exit codes, documented in the README. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;
    public static final int DATA_ERROR = 3;
    public static final int PARTIAL_FAILURE = 4;
    /** send: a message may or may not have reached the server (the connection failed after its data); never resent silently. */
    public static final int IN_DOUBT = 5;

    private ExitCodes() {}
}
