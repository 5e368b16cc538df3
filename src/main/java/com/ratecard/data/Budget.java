package com.ratecard.data;

/**
 * The client's budget: an annual amount (base salary for a hire, yearly spend for a contract) or
 * an hourly bill rate. Annual amounts are whole dollars, hourly ones cents.
 */
public record Budget(double amount, Unit unit) {
    public enum Unit {
        ANNUAL("annual", "a year"), HOURLY("hourly", "an hour");

        private final String id;
        private final String per;

        Unit(String id, String per) {
            this.id = id;
            this.per = per;
        }

        public String id() {
            return id;
        }

        /** "a year", "an hour". */
        public String per() {
            return per;
        }
    }

    public Budget {
        if (unit == null) throw new IllegalArgumentException("unit is required");
        if (!(amount > 0) || Double.isInfinite(amount)) throw new IllegalArgumentException("budget must be positive: " + amount);
    }

    public static Budget annual(long dollars) {
        return new Budget(dollars, Unit.ANNUAL);
    }

    public static Budget hourly(double dollars) {
        return new Budget(Math.round(dollars * 100) / 100.0, Unit.HOURLY);
    }

    public boolean hourly() {
        return unit == Unit.HOURLY;
    }
}
