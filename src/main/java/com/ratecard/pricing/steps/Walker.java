package com.ratecard.pricing.steps;

import com.ratecard.data.PolicyKey;
import java.util.function.Consumer;

/** Visits every node of a formula, reporting the figures, tables and policy keys it reads. */
class Walker implements ExprVisitor<Void> {
    private final Consumer<Figure> figures;
    private final Consumer<Table> tables;
    private final Consumer<PolicyKey> policies;

    Walker(Consumer<Figure> figures, Consumer<Table> tables, Consumer<PolicyKey> policies) {
        this.figures = figures;
        this.tables = tables;
        this.policies = policies;
    }

    public Void num(Expr.Num e) { return null; }
    public Void datum(Expr.Datum e) { return null; }
    public Void policy(Expr.Pol e) { policies.accept(e.key()); return null; }
    public Void input(Expr.In e) { return null; }
    public Void ref(Expr.Ref e) { figures.accept(e.figure()); return null; }
    public Void absent(Expr.Absent e) { return null; }

    public Void lookup(Expr.Lookup e) {
        tables.accept(e.table());
        e.row().accept(this);
        if (e.column() != null) e.column().accept(this);
        return null;
    }

    public Void op(Expr.Op e) {
        e.left().accept(this);
        e.right().accept(this);
        return null;
    }

    public Void fn(Expr.Fn e) {
        e.args().forEach(a -> a.accept(this));
        return null;
    }

    public Void iff(Expr.If e) {
        e.condition().accept(this);
        e.then().accept(this);
        e.otherwise().accept(this);
        return null;
    }
}
