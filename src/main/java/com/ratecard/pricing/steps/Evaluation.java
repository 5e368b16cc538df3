package com.ratecard.pricing.steps;

import com.ratecard.data.Policy;
import com.ratecard.data.PolicyKey;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The engine's reading of the formulas, with Excel's semantics: rounding as Excel rounds (15
 * significant digits first), the normal distribution as POI and LibreOffice compute it, absent
 * values propagating as NaN (an empty cell).
 */
final class Evaluation implements ExprVisitor<Double> {
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    private final Steps steps;
    private final Inputs inputs;
    private final Policy policy;
    private final Map<Figure, Double> values;

    Evaluation(Steps steps, Inputs inputs, Policy policy, Map<Figure, Double> values) {
        this.steps = steps;
        this.inputs = inputs;
        this.policy = policy;
        this.values = values;
    }

    public Double num(Expr.Num e) { return e.value(); }
    public Double datum(Expr.Datum e) { return e.value(); }
    public Double absent(Expr.Absent e) { return Double.NaN; }

    public Double policy(Expr.Pol e) {
        PolicyKey key = e.key();
        if (key == PolicyKey.DATA_AS_OF) return (double) policy.dataAsOf().toEpochDay();
        return policy.value(key);
    }

    public Double input(Expr.In e) {
        Input in = e.input();
        return switch (in.kind()) {
            case LEVEL -> position(steps.levels(), inputs.level());
            case LOCATION -> position(steps.locations(), inputs.location());
            case SKILL -> inputs.skillsOn().contains(in.skill()) ? 1.0 : 0.0;
            case CLEARANCE -> inputs.clearance() ? 1.0 : 0.0;
            case ENGAGEMENT -> (double) steps.engagements().indexOf(inputs.engagement()) + 1;
            case BUDGET -> inputs.budget() == null ? Double.NaN : inputs.budget().amount();
            case BUDGET_HOURLY -> inputs.budget() != null && inputs.budget().hourly() ? 1.0 : 0.0;
            case EFFECTIVE_DATE -> (double) inputs.effectiveDate().toEpochDay();
        };
    }

    private static double position(List<String> list, String id) {
        int i = list.indexOf(id);
        if (i < 0) throw new IllegalArgumentException("\"" + id + "\" is not one of " + list);
        return i + 1;
    }

    public Double ref(Expr.Ref e) {
        Double value = values.get(e.figure());
        if (value == null) throw new IllegalStateException(e.figure() + " is read before it is computed");
        return value;
    }

    public Double lookup(Expr.Lookup e) {
        int row = (int) Math.round(e.row().accept(this));
        int column = e.column() == null ? 1 : (int) Math.round(e.column().accept(this));
        return e.table().value(row, column);
    }

    public Double op(Expr.Op e) {
        double a = e.left().accept(this);
        double b = e.right().accept(this);
        return switch (e.operator()) {
            case ADD -> a + b;
            case SUBTRACT -> a - b;
            case MULTIPLY -> a * b;
            case DIVIDE -> a / b;
            case POWER -> Math.pow(a, b);
            case LESS -> Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : a < b ? 1.0 : 0.0;
            case EQUAL -> Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : a == b ? 1.0 : 0.0;
        };
    }

    public Double fn(Expr.Fn e) {
        List<Expr> args = e.args();
        double[] v = new double[args.size()];
        for (int i = 0; i < v.length; i++) v[i] = args.get(i).accept(this);
        return switch (e.function()) {
            case ROUND -> round(v[0], (int) v[1], RoundingMode.HALF_UP);
            case ROUNDUP -> round(v[0], (int) v[1], RoundingMode.UP);
            case INT -> Math.floor(v[0]);
            case MIN -> reduce(v, true);
            case MAX -> reduce(v, false);
            case AND -> {
                double all = 1;
                for (double x : v) {
                    if (Double.isNaN(x)) yield Double.NaN;
                    if (x == 0) all = 0;
                }
                yield all;
            }
            case NORMSINV -> STANDARD.inverseCumulativeProbability(v[0]);
            case NORMDIST -> Double.isNaN(v[0]) ? Double.NaN : new NormalDistribution(null, v[1], v[2]).cumulativeProbability(v[0]);
            case PRESENT -> Double.isNaN(v[0]) ? 0.0 : 1.0;
        };
    }

    public Double iff(Expr.If e) {
        double condition = e.condition().accept(this);
        if (Double.isNaN(condition)) return Double.NaN;
        return condition != 0 ? e.then().accept(this) : e.otherwise().accept(this);
    }

    private static double reduce(double[] v, boolean min) {
        double out = v[0];
        for (double x : v) {
            if (Double.isNaN(x)) return Double.NaN;
            out = min ? Math.min(out, x) : Math.max(out, x);
        }
        return out;
    }

    /** Excel rounds the value as it shows it: to 15 significant digits first. */
    static double round(double value, int digits, RoundingMode mode) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return value;
        if (value == 0) return 0;
        return new BigDecimal(value).round(EXCEL_DIGITS).setScale(digits, mode).doubleValue();
    }
}
