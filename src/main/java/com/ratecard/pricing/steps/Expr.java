package com.ratecard.pricing.steps;

import com.ratecard.data.PolicyKey;
import com.ratecard.data.Provenance;
import java.util.List;

/**
 * A formula of the pricing steps, written once: the engine evaluates it ({@link Evaluation}) and
 * the workbook writes it as a live Excel formula. Values are numbers; a comparison is 1 or 0; an
 * absent value (no budget) is {@link Absent}. A new kind of node needs a method in
 * {@link ExprVisitor}, so neither side can miss it.
 */
public sealed interface Expr permits Expr.Num, Expr.Datum, Expr.Pol, Expr.In, Expr.Ref, Expr.Lookup, Expr.Op,
        Expr.Fn, Expr.If, Expr.Absent {

    <R> R accept(ExprVisitor<R> visitor);

    /** A plain number of the formula itself (0, 1, 12, 365.25). */
    record Num(double value) implements Expr {
        public <R> R accept(ExprVisitor<R> v) { return v.num(this); }
    }

    /** A figure of the guide, named so the workbook shows where it comes from. */
    record Datum(String name, String label, double value, Provenance provenance) implements Expr {
        public <R> R accept(ExprVisitor<R> v) { return v.datum(this); }
    }

    /** An agency policy value; percentages as fractions, dates as day numbers. */
    record Pol(PolicyKey key) implements Expr {
        public <R> R accept(ExprVisitor<R> v) { return v.policy(this); }
    }

    /** One of the opening's inputs. */
    record In(Input input) implements Expr {
        public <R> R accept(ExprVisitor<R> v) { return v.input(this); }
    }

    /** A figure defined earlier in the steps. */
    record Ref(Figure figure) implements Expr {
        public <R> R accept(ExprVisitor<R> v) { return v.ref(this); }
    }

    /** A cell of a table: {@code row} and {@code column} are 1-based positions ({@code column} null for one column). */
    record Lookup(Table table, Expr row, Expr column) implements Expr {
        public <R> R accept(ExprVisitor<R> v) { return v.lookup(this); }
    }

    record Op(Operator operator, Expr left, Expr right) implements Expr {
        public <R> R accept(ExprVisitor<R> v) { return v.op(this); }
    }

    record Fn(Function function, List<Expr> args) implements Expr {
        public Fn {
            args = List.copyOf(args);
        }

        public <R> R accept(ExprVisitor<R> v) { return v.fn(this); }
    }

    record If(Expr condition, Expr then, Expr otherwise) implements Expr {
        public <R> R accept(ExprVisitor<R> v) { return v.iff(this); }
    }

    /** No value (the opening has no budget): NaN in the engine, an empty cell in the workbook. */
    record Absent() implements Expr {
        public <R> R accept(ExprVisitor<R> v) { return v.absent(this); }
    }

    enum Operator { ADD, SUBTRACT, MULTIPLY, DIVIDE, POWER, LESS, EQUAL }

    /**
     * {@code ROUND}/{@code ROUNDUP}(x, digits) as Excel rounds (15 significant digits, then half
     * up / away from zero); {@code INT} down to a whole number; {@code NORMSINV}(p);
     * {@code NORMDIST}(x, mean, sd) cumulative; {@code PRESENT}(x) is 1 unless x is absent.
     */
    enum Function { ROUND, ROUNDUP, INT, MIN, MAX, AND, NORMSINV, NORMDIST, PRESENT }

    // ---- building ----

    static Expr num(double value) { return new Num(value); }
    static Expr ref(Figure figure) { return new Ref(figure); }
    static Expr policy(PolicyKey key) { return new Pol(key); }
    static Expr input(Input input) { return new In(input); }
    static Expr absent() { return new Absent(); }
    static Expr fn(Function f, Expr... args) { return new Fn(f, List.of(args)); }
    static Expr round(Expr x, int digits) { return fn(Function.ROUND, x, num(digits)); }
    static Expr roundUp(Expr x, int digits) { return fn(Function.ROUNDUP, x, num(digits)); }
    static Expr min(Expr... args) { return fn(Function.MIN, args); }
    static Expr max(Expr... args) { return fn(Function.MAX, args); }
    static Expr and(List<Expr> args) { return new Fn(Function.AND, args); }
    static Expr iff(Expr condition, Expr then, Expr otherwise) { return new If(condition, then, otherwise); }

    default Expr plus(Expr o) { return new Op(Operator.ADD, this, o); }
    default Expr minus(Expr o) { return new Op(Operator.SUBTRACT, this, o); }
    default Expr times(Expr o) { return new Op(Operator.MULTIPLY, this, o); }
    default Expr over(Expr o) { return new Op(Operator.DIVIDE, this, o); }
    default Expr pow(Expr o) { return new Op(Operator.POWER, this, o); }
    default Expr lessThan(Expr o) { return new Op(Operator.LESS, this, o); }
    default Expr is(Expr o) { return new Op(Operator.EQUAL, this, o); }
}
