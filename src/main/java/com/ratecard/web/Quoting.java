package com.ratecard.web;

import com.ratecard.data.InputException;
import com.ratecard.data.OpeningFields;
import com.ratecard.pricing.Lever;
import com.ratecard.pricing.PricingEngine;
import com.ratecard.pricing.Quote;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prices what the quote form holds, with the engine every other command uses. An error is put
 * beside the field it names, in the CLI's words (without the "form: field:" prefix the field's
 * place on the page already says). A live quote does not need the client yet; documents do.
 */
final class Quoting {
    /** The key of an error that names no field of the form. */
    static final String GENERAL = "_";
    /** Stands in for the client while an account manager prices before typing it; never written to a document. */

    private final PricingEngine engine;

    Quoting(PricingEngine engine) {
        this.engine = engine;
    }

    PricingEngine engine() {
        return engine;
    }

    /** A quote, or the errors that stopped it (field -> message). */
    /** @param needed while typing: the field still to fill before there is a price (""), not an error yet */
    record Result(QuoteForm form, Quote quote, Map<String, String> errors, String needed) {
        Result(QuoteForm form, Quote quote, Map<String, String> errors) {
            this(form, quote, errors, "");
        }

        boolean priced() {
            return quote != null;
        }
    }

    /** @param forDocuments the client is required (generate); otherwise a missing client is only a hint */
    Result price(QuoteForm form, boolean forDocuments) {
        if (form.blank()) return new Result(form, null, Map.of());
        try {
            var fields = form.fields();
            Quote quote = engine.price(forDocuments ? fields.build(engine.data().policy()) : fields.buildForQuote(engine.data().policy()));
            return new Result(form, quote, Map.of());
        } catch (InputException e) {
            Map<String, String> errors = errors(e);
            String field = errors.keySet().iterator().next();
            // a field not reached yet is not a mistake: say what is still needed instead
            if (!forDocuments && !GENERAL.equals(field) && form.get(field).isEmpty()) return new Result(form, null, Map.of(), field);
            return new Result(form, null, errors);
        }
    }

    /** The form with a lever of its quote applied: only the fields the lever changes. */
    Result apply(QuoteForm form, String leverId) {
        Result before = price(form, false);
        if (!before.priced() || before.quote().budget() == null) return before;
        var budget = before.quote().budget();
        Lever lever = budget.levers().stream().filter(l -> l.id().equals(leverId)).findFirst()
                .orElse(budget.combination() != null && budget.combination().id().equals(leverId) ? budget.combination() : null);
        if (lever == null) return before;
        QuoteForm changed = form.withChanges(QuoteForm.of(before.quote().opening()), QuoteForm.of(lever.changed()));
        return price(changed, false);
    }

    static Map<String, String> errors(InputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        String field = "skill".equals(e.field()) ? "skills" : e.field();
        String key = field != null && OpeningFields.NAMES.contains(field) ? field : GENERAL;
        errors.put(key, problem(e.getMessage(), field));
        return errors;
    }

    /** "form: budget: "abc" is not an amount..." -> ""abc" is not an amount...". */
    static String problem(String message, String field) {
        String text = message;
        if (text.startsWith(QuoteForm.ORIGIN + ": ")) text = text.substring(QuoteForm.ORIGIN.length() + 2);
        if (field != null && text.startsWith(field + ": ")) text = text.substring(field.length() + 2);
        return text;
    }
}
