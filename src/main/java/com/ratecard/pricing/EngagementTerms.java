package com.ratecard.pricing;

import com.ratecard.data.Guidance;
import com.ratecard.data.Level;
import com.ratecard.data.MarketData;
import com.ratecard.data.Policy;
import com.ratecard.data.Provenance;

/** Total compensation, contract rates and fees from a recommended base range. */
final class EngagementTerms {
    private final MarketData data;

    EngagementTerms(MarketData data) {
        this.data = data;
    }

    TotalComp totalComp(Level level, Range base) {
        Guidance uplift = data.guidance("total-comp-uplift");
        if (uplift.levelIds().contains(level.id())) {
            return new TotalComp(base.scale(1 + uplift.low() / 100, 1 + uplift.high() / 100), uplift.low(), uplift.high(),
                    uplift.provenance());
        }
        Policy policy = data.policy();
        double low = policy.get("total-comp-uplift-low-junior").number();
        double high = policy.get("total-comp-uplift-high-junior").number();
        return new TotalComp(base.scale(1 + low / 100, 1 + high / 100), low, high,
                policy.get("total-comp-uplift-low-junior").provenance());
    }

    ContractTerms contract(Range base) {
        Policy policy = data.policy();
        int hours = (int) policy.get("hours-per-year").number();
        double uplift = policy.get("contract-pay-uplift").fraction();
        double markup = policy.get("markup").fraction();
        HourlyRange pay = new HourlyRange(Money.cents(base.low() / (double) hours * (1 + uplift)),
                Money.cents(base.high() / (double) hours * (1 + uplift)));
        HourlyRange bill = new HourlyRange(Money.cents(pay.low() * (1 + markup)), Money.cents(pay.high() * (1 + markup)));
        Guidance band = data.guidance("contract-hourly");
        return new ContractTerms(pay, bill, uplift * 100, markup * 100, 100 * markup / (1 + markup), hours,
                new HourlyRange(band.low(), band.high()));
    }

    Fees fees(Range base, ContractTerms contract) {
        Policy policy = data.policy();
        double fee = policy.get("direct-hire-fee").fraction();
        double conversion = policy.get("c2h-conversion-fee").fraction();
        int months = (int) policy.get("c2h-contract-months").number();
        double hours = contract.hoursPerYear() * months / 12.0;
        return new Fees(base.scale(fee, fee), fee * 100, base.scale(conversion, conversion), conversion * 100, months,
                new Range(Money.round(contract.billRate().low() * hours), Money.round(contract.billRate().high() * hours)));
    }

    Provenance policyLine(String key) {
        return data.policy().get(key).provenance();
    }
}
