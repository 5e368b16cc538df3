package com.ratecard.pricing.steps;

import com.ratecard.data.Policy;
import com.ratecard.data.PolicyKey;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.util.FastMath;

/**
 * The engine's reading of the formulas, with Excel's semantics: rounding as Excel rounds (15
 * significant digits first), the normal distribution as POI and LibreOffice compute it, absent
 * values propagating as NaN (an empty cell). The formulas are compiled once per {@link Steps}
 * into small nodes over arrays, so evaluating them for an opening allocates next to nothing.
 */
final class Evaluation {
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);
    private static final double SQRT2 = FastMath.sqrt(2.0);

    private Evaluation() {}

    /** One compiled formula. */
    interface Node {
        double eval(Frame frame);
    }

    /** A value known when compiling: formulas over constants only (z-scores, policy sums) are folded into one. */
    private record Constant(double value) implements Node {
        public double eval(Frame frame) {
            return value;
        }
    }

    private static Node fold(Node node, Node... args) {
        for (Node a : args) if (!(a instanceof Constant)) return node;
        return new Constant(node.eval(null));
    }

    /** The values of one evaluation: the inputs as numbers and the figures computed so far. */
    static final class Frame {
        final double[] figures;
        final double[] skills;
        double level;
        double location;
        double clearance;
        double engagement;
        double budget;
        double budgetHourly;
        double effectiveDate;

        Frame(int figures, int skills) {
            this.figures = new double[figures];
            this.skills = new double[skills];
        }
    }

    /** Compiles formulas against the steps' figure positions, skill inputs and the policy values. */
    static final class Compiler implements ExprVisitor<Node> {
        private final Map<Figure, Integer> figures;
        private final List<String> skills;
        private final Policy policy;

        Compiler(Map<Figure, Integer> figures, List<String> skills, Policy policy) {
            this.figures = figures;
            this.skills = skills;
            this.policy = policy;
        }

        public Node num(Expr.Num e) {
            return new Constant(e.value());
        }

        public Node datum(Expr.Datum e) {
            return new Constant(e.value());
        }

        public Node absent(Expr.Absent e) {
            return new Constant(Double.NaN);
        }

        public Node policy(Expr.Pol e) {
            PolicyKey key = e.key();
            return new Constant(key == PolicyKey.DATA_AS_OF ? policy.dataAsOf().toEpochDay() : policy.value(key));
        }

        public Node input(Expr.In e) {
            Input in = e.input();
            return switch (in.kind()) {
                case LEVEL -> f -> f.level;
                case LOCATION -> f -> f.location;
                case SKILL -> {
                    int i = skills.indexOf(in.skill());
                    if (i < 0) throw new IllegalArgumentException("no skill input " + in.skill());
                    yield f -> f.skills[i];
                }
                case CLEARANCE -> f -> f.clearance;
                case ENGAGEMENT -> f -> f.engagement;
                case BUDGET -> f -> f.budget;
                case BUDGET_HOURLY -> f -> f.budgetHourly;
                case EFFECTIVE_DATE -> f -> f.effectiveDate;
            };
        }

        public Node ref(Expr.Ref e) {
            Integer i = figures.get(e.figure());
            if (i == null) throw new IllegalArgumentException(e.figure() + " is read before it is defined");
            int at = i;
            return f -> f.figures[at];
        }

        public Node lookup(Expr.Lookup e) {
            Table table = e.table();
            Node row = e.row().accept(this);
            Node column = e.column() == null ? f -> 1 : e.column().accept(this);
            return f -> table.value((int) Math.round(row.eval(f)), (int) Math.round(column.eval(f)));
        }

        public Node op(Expr.Op e) {
            Node a = e.left().accept(this);
            Node b = e.right().accept(this);
            return fold(op(e.operator(), a, b), a, b);
        }

        private static Node op(Expr.Operator operator, Node a, Node b) {
            return switch (operator) {
                case ADD -> f -> a.eval(f) + b.eval(f);
                case SUBTRACT -> f -> a.eval(f) - b.eval(f);
                case MULTIPLY -> f -> a.eval(f) * b.eval(f);
                case DIVIDE -> f -> a.eval(f) / b.eval(f);
                case POWER -> f -> Math.pow(a.eval(f), b.eval(f));
                case LESS -> f -> compare(a.eval(f), b.eval(f), true);
                case EQUAL -> f -> compare(a.eval(f), b.eval(f), false);
            };
        }

        public Node fn(Expr.Fn e) {
            List<Node> args = new ArrayList<>();
            for (Expr arg : e.args()) args.add(arg.accept(this));
            Node[] v = args.toArray(Node[]::new);
            return fold(fn(e.function(), v), v);
        }

        private static Node fn(Expr.Function function, Node[] v) {
            return switch (function) {
                case ROUND -> f -> round(v[0].eval(f), (int) v[1].eval(f), RoundingMode.HALF_UP);
                case ROUNDUP -> f -> round(v[0].eval(f), (int) v[1].eval(f), RoundingMode.UP);
                case INT -> f -> Math.floor(v[0].eval(f));
                case MIN -> f -> reduce(v, f, true);
                case MAX -> f -> reduce(v, f, false);
                case AND -> f -> and(v, f);
                case NORMSINV -> f -> STANDARD.inverseCumulativeProbability(v[0].eval(f));
                case NORMDIST -> f -> cumulative(v[0].eval(f), v[1].eval(f), v[2].eval(f));
                case PRESENT -> f -> Double.isNaN(v[0].eval(f)) ? 0.0 : 1.0;
            };
        }

        public Node iff(Expr.If e) {
            Node condition = e.condition().accept(this);
            Node then = e.then().accept(this);
            Node otherwise = e.otherwise().accept(this);
            return f -> {
                double c = condition.eval(f);
                if (Double.isNaN(c)) return Double.NaN;
                return c != 0 ? then.eval(f) : otherwise.eval(f);
            };
        }
    }

    private static double compare(double a, double b, boolean less) {
        if (Double.isNaN(a) || Double.isNaN(b)) return Double.NaN;
        return (less ? a < b : a == b) ? 1.0 : 0.0;
    }

    private static double reduce(Node[] v, Frame f, boolean min) {
        double out = v[0].eval(f);
        for (Node n : v) {
            double x = n.eval(f);
            if (Double.isNaN(x)) return Double.NaN;
            out = min ? Math.min(out, x) : Math.max(out, x);
        }
        return out;
    }

    private static double and(Node[] v, Frame f) {
        double all = 1;
        for (Node n : v) {
            double x = n.eval(f);
            if (Double.isNaN(x)) return Double.NaN;
            if (x == 0) all = 0;
        }
        return all;
    }

    /** NORMDIST(x, mean, sd, TRUE) exactly as commons-math (and so POI) computes it. */
    static double cumulative(double x, double mean, double sd) {
        if (Double.isNaN(x)) return Double.NaN;
        double dev = x - mean;
        if (FastMath.abs(dev) > 40 * sd) return dev < 0 ? 0.0d : 1.0d;
        return 0.5 * Erf.erfc(-dev / (sd * SQRT2));
    }

    /**
     * Excel rounds the value as it shows it: to 15 significant digits first, then at {@code digits}.
     * Decided in doubles unless the value sits within a hair of where that first rounding matters
     * (a tie for ROUND, a whole number for ROUNDUP); then decided exactly.
     */
    static double round(double value, int digits, RoundingMode mode) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return value;
        if (value == 0) return 0;
        double scale = digits >= 0 && digits <= 6 ? POWERS[digits] : Math.pow(10, digits);
        double scaled = value * scale;
        if (Math.abs(scaled) < 1e12) {
            double floor = Math.floor(scaled);
            double fraction = scaled - floor;
            double hair = Math.abs(scaled) * 1e-12 + 1e-9;
            if (mode == RoundingMode.HALF_UP && Math.abs(fraction - 0.5) > hair) {
                double rounded = fraction > 0.5 ? floor + 1 : floor;
                return exact(rounded, scale, digits);
            }
            if (mode == RoundingMode.UP && fraction > hair && fraction < 1 - hair) {
                double rounded = value > 0 ? floor + 1 : floor;
                return exact(rounded, scale, digits);
            }
        }
        return new BigDecimal(value).round(EXCEL_DIGITS).setScale(digits, mode).doubleValue();
    }

    private static final double[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    /** The double BigDecimal would give for {@code rounded / scale}: exact for whole numbers, parsed for decimals. */
    private static double exact(double rounded, double scale, int digits) {
        if (digits == 0) return rounded + 0.0;
        return BigDecimal.valueOf((long) rounded, digits).doubleValue();
    }
}
