package com.ratecard.render.xlsx;

import static com.ratecard.pricing.steps.Expr.fn;
import static com.ratecard.pricing.steps.Expr.num;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import com.ratecard.data.Engagement;
import com.ratecard.pricing.steps.Definition;
import com.ratecard.pricing.steps.Expr;
import com.ratecard.pricing.steps.Expr.Function;
import com.ratecard.pricing.steps.Expr.Operator;
import com.ratecard.pricing.steps.Figure;
import com.ratecard.pricing.steps.FigureKind;
import com.ratecard.pricing.steps.Inputs;
import com.ratecard.pricing.steps.Steps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Every function and operator the pricing steps may use means the same to the engine and, written
 * by {@link FormulaWriter}, to POI's formula evaluator: including Excel's rounding of ties and of
 * 15-significant-digit values, and the normal distribution's tails.
 */
class FormulaWriterTest {
    private static final Map<Function, List<Expr>> FUNCTIONS = new EnumMap<>(Function.class);
    private static final Map<Operator, List<Expr>> OPERATORS = new EnumMap<>(Operator.class);

    static {
        FUNCTIONS.put(Function.ROUND, List.of(fn(Function.ROUND, num(2.5), num(0)), fn(Function.ROUND, num(-2.5), num(0)),
                fn(Function.ROUND, num(1.005), num(2)), fn(Function.ROUND, num(0.1 * 3), num(1)),
                fn(Function.ROUND, num(150000 * 1.0285714285714285), num(0)), fn(Function.ROUND, num(86.544999999999), num(2))));
        FUNCTIONS.put(Function.ROUNDUP, List.of(fn(Function.ROUNDUP, num(118000.0000000001), num(0)),
                fn(Function.ROUNDUP, num(117999.2), num(0)), fn(Function.ROUNDUP, num(-1.2), num(0))));
        FUNCTIONS.put(Function.INT, List.of(fn(Function.INT, num(24.9999)), fn(Function.INT, num(-0.5)), fn(Function.INT, num(99))));
        FUNCTIONS.put(Function.MIN, List.of(fn(Function.MIN, num(3), num(-1), num(2))));
        FUNCTIONS.put(Function.MAX, List.of(fn(Function.MAX, num(3), num(-1)), fn(Function.MAX, num(0), num(-0.0))));
        FUNCTIONS.put(Function.AND, List.of(fn(Function.AND, num(1), num(1)), fn(Function.AND, num(1), num(0))));
        FUNCTIONS.put(Function.NORMSINV, List.of(fn(Function.NORMSINV, num(0.1)), fn(Function.NORMSINV, num(0.75)),
                fn(Function.NORMSINV, num(0.999))));
        FUNCTIONS.put(Function.NORMDIST, List.of(fn(Function.NORMDIST, num(150000), num(162500), num(18532.1)),
                fn(Function.NORMDIST, num(80000), num(162500), num(18532.1)), fn(Function.NORMDIST, num(400000), num(162500), num(100))));
        FUNCTIONS.put(Function.PRESENT, List.of(fn(Function.PRESENT, num(3)), fn(Function.PRESENT, Expr.absent())));
        OPERATORS.put(Operator.ADD, List.of(num(0.1).plus(num(0.2))));
        OPERATORS.put(Operator.SUBTRACT, List.of(num(1).minus(num(3))));
        OPERATORS.put(Operator.MULTIPLY, List.of(num(185000).times(num(1.1004784688995215))));
        OPERATORS.put(Operator.DIVIDE, List.of(num(220000).over(num(2080))));
        OPERATORS.put(Operator.POWER, List.of(num(1.03).pow(num(334 / 365.25))));
        OPERATORS.put(Operator.LESS, List.of(num(24.9999).lessThan(num(25)), num(25).lessThan(num(25))));
        OPERATORS.put(Operator.EQUAL, List.of(num(2).is(num(2)), num(2).is(num(3))));
    }

    @Test
    void everyFunctionAndOperatorHasCases() {
        assertEquals(Set.of(Function.values()), FUNCTIONS.keySet());
        assertEquals(Set.of(Operator.values()), OPERATORS.keySet());
    }

    @Test
    void theEngineAndTheSpreadsheetAgreeOnEveryPrimitive() throws Exception {
        List<Expr> cases = new ArrayList<>();
        FUNCTIONS.values().forEach(cases::addAll);
        OPERATORS.values().forEach(cases::addAll);
        cases.add(Expr.iff(num(0), num(1), num(2)));
        cases.add(Expr.iff(num(1).is(num(1)), num(1), num(2)));
        List<Definition> definitions = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) definitions.add(new Definition(Figure.of(FigureKind.SKILL_SHARE, "c" + i), cases.get(i)));
        Steps steps = new Steps("test", definitions, List.of("mid"), List.of("chicago"), List.of(), List.of(), List.of(),
                Fixtures.MARKET.policy());
        var values = steps.evaluate(new Inputs("mid", "chicago", Set.of(), false, Engagement.DIRECT_HIRE, null,
                LocalDate.of(2026, 1, 1)));
        FormulaWriter writer = new FormulaWriter(Map.of());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet();
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                String formula = writer.write(cases.get(i));
                XSSFCell cell = sheet.createRow(i).createCell(0);
                cell.setCellFormula(formula);
                CellValue excel = evaluator.evaluate(cell);
                double engine = values.get(Figure.of(FigureKind.SKILL_SHARE, "c" + i));
                double spreadsheet = excel.getCellType() == CellType.BOOLEAN ? (excel.getBooleanValue() ? 1 : 0)
                        : excel.getCellType() == CellType.STRING && excel.getStringValue().isEmpty() ? Double.NaN
                        : excel.getNumberValue();
                boolean same = Double.isNaN(engine) ? Double.isNaN(spreadsheet)
                        : Math.abs(engine - spreadsheet) <= 1e-12 * Math.max(1, Math.abs(engine));
                if (!same) failures.add(formula + ": engine " + engine + ", spreadsheet " + spreadsheet);
            }
            assertTrue(failures.isEmpty(), failures.toString());
        }
    }
}
