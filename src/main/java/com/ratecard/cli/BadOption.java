package com.ratecard.cli;

import com.ratecard.data.InputException;

/**
 * An option's value is malformed or options contradict each other: a usage error, reported like
 * picocli's own with the command's help to try (a missing file or an unknown name is not).
 */
final class BadOption extends InputException {
    BadOption(String option, String message) {
        super(option, message);
    }
}
