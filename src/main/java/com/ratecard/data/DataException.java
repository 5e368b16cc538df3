package com.ratecard.data;

import java.util.List;
import java.util.stream.Collectors;

/** The market data could not be loaded; carries every problem found, not just the first. */
public final class DataException extends RuntimeException {
    private final List<DataError> errors;

    public DataException(List<DataError> errors) {
        super(errors.stream().map(DataError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<DataError> errors() {
        return errors;
    }
}
