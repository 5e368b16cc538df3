package com.ratecard.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command lines of the README's fenced blocks: each line starting with {@code ./ratecard}
 * (backslash continuations joined), split into words as a POSIX shell would, with the exit code its
 * comment announces ("# exit 4: ...", otherwise 0). A line shown as {@code $ ./ratecard ...} is an
 * example with its output: the lines after it, up to the next blank line or the end of the block.
 */
record ReadmeCommands(List<Line> lines) {
    record Line(int number, String text, List<String> words, int exit, List<String> shownOutput) {}

    private static final Pattern EXIT = Pattern.compile("\\bexits? (\\d)\\b");

    static ReadmeCommands read(Path readme) throws IOException {
        List<String> all = Files.readAllLines(readme);
        List<Line> lines = new ArrayList<>();
        boolean fenced = false;
        for (int i = 0; i < all.size(); i++) {
            String line = all.get(i);
            if (line.startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (!fenced) continue;
            boolean example = line.startsWith("$ ./ratecard ");
            if (!line.startsWith("./ratecard ") && !example) continue;
            int number = i + 1;
            StringBuilder text = new StringBuilder(example ? line.substring(2) : line);
            while (text.toString().endsWith("\\") && i + 1 < all.size()) {
                text.setLength(text.length() - 1);
                text.append(' ').append(all.get(++i).strip());
            }
            List<String> shown = new ArrayList<>();
            if (example) {
                while (i + 1 < all.size() && !all.get(i + 1).isBlank() && !all.get(i + 1).startsWith("```")) shown.add(all.get(++i));
            }
            Words words = Words.split(text.toString(), number);
            Matcher exit = EXIT.matcher(words.comment());
            lines.add(new Line(number, text.toString(), words.words(), exit.find() ? Integer.parseInt(exit.group(1)) : 0, shown));
        }
        return new ReadmeCommands(lines);
    }

    /** A line's words without "./ratecard", and its trailing comment. */
    record Words(List<String> words, String comment) {
        static Words split(String line, int number) {
            List<String> words = new ArrayList<>();
            StringBuilder word = null;
            char quote = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else if (quote == '"' && c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                        word.append(line.charAt(++i));
                    } else {
                        if (quote == '"' && (c == '$' || c == '`')) throw unsupported(line, number, c);
                        word.append(c);
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                    if (word == null) word = new StringBuilder();
                } else if (Character.isWhitespace(c)) {
                    if (word != null) words.add(word.toString());
                    word = null;
                } else if (c == '#' && word == null) {
                    return new Words(withoutProgram(words, line, number), line.substring(i + 1).strip());
                } else if ("|&;<>()$`*?[".indexOf(c) >= 0) {
                    throw unsupported(line, number, c);
                } else if (c == '\\' && i + 1 < line.length()) {
                    if (word == null) word = new StringBuilder();
                    word.append(line.charAt(++i));
                } else {
                    if (word == null) word = new StringBuilder();
                    word.append(c);
                }
            }
            if (quote != 0) throw new IllegalArgumentException("README.md:" + number + ": unclosed quote: " + line);
            if (word != null) words.add(word.toString());
            return new Words(withoutProgram(words, line, number), "");
        }

        private static List<String> withoutProgram(List<String> words, String line, int number) {
            if (words.isEmpty() || !words.get(0).equals("./ratecard")) {
                throw new IllegalArgumentException("README.md:" + number + ": not a ratecard command: " + line);
            }
            return List.copyOf(words.subList(1, words.size()));
        }

        private static IllegalArgumentException unsupported(String line, int number, char c) {
            return new IllegalArgumentException("README.md:" + number + ": '" + c + "' is shell syntax this test does not run; "
                    + "keep ./ratecard lines to plain words: " + line);
        }
    }
}
