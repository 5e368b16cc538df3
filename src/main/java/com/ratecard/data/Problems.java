package com.ratecard.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects data errors during a load; the load fails as a whole if any were found. */
final class Problems {
    private final List<DataError> errors = new ArrayList<>();

    void add(String file, int line, String field, String problem) {
        errors.add(new DataError(file, line, field, problem));
    }

    void throwIfAny() {
        if (!errors.isEmpty()) throw new DataException(errors);
    }

    /** Reports keys seen twice in one file ("duplicate ..., first on line N"). */
    final class Uniques {
        private final Map<String, Integer> seen = new HashMap<>();
        private final String what;

        Uniques(String what) {
            this.what = what;
        }

        boolean check(CsvTable.Row row, String field, String key) {
            Integer first = seen.putIfAbsent(NameIndex.normalize(key), row.line());
            if (first != null) {
                row.problem(field, "duplicate " + what + " \"" + key + "\", first on line " + first + "; expected each " + what + " once");
                return false;
            }
            return true;
        }
    }

    Uniques uniques(String what) {
        return new Uniques(what);
    }
}
