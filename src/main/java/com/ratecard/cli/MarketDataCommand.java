package com.ratecard.cli;

import com.ratecard.data.MarketData;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** A command that loads the salary tables and prints something about them. */
abstract class MarketDataCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    abstract void print(MarketData market, PrintWriter out);

    @Override
    public final Integer call() {
        MarketData market = CommonOptions.of(spec).loadData();
        PrintWriter out = spec.commandLine().getOut();
        print(market, out);
        out.flush();
        return ExitCodes.OK;
    }
}
