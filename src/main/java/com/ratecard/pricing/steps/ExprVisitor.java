package com.ratecard.pricing.steps;

/** One method per kind of {@link Expr}: the engine's evaluation and the workbook's formulas. */
public interface ExprVisitor<R> {
    R num(Expr.Num e);
    R datum(Expr.Datum e);
    R policy(Expr.Pol e);
    R input(Expr.In e);
    R ref(Expr.Ref e);
    R lookup(Expr.Lookup e);
    R op(Expr.Op e);
    R fn(Expr.Fn e);
    R iff(Expr.If e);
    R absent(Expr.Absent e);
}
