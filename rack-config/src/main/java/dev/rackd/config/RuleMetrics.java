package dev.rackd.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An alert rule's {@code metric} must match something rackd publishes: a misspelt name or glob would silently never
 * fire. What is refused gets the nearest name, written with the rule's own channel or phase prefix.
 */
final class RuleMetrics {
    /** A channel's or phase's prefix as a rule writes it, wildcards and all: {@code ch*_}, {@code l2_}, {@code *_}. */
    private static final Pattern PREFIX = Pattern.compile("(ch[0-9*?]*_|l[0-9*?]_|\\*_)(.*)");
    /** A channel or phase that no device has (ch0, ch17, ch01, l4) before a word that is published. */
    private static final Pattern NUMBERED = Pattern.compile("(ch|l)(\\d+)_([a-z_]+)");

    private RuleMetrics() {}

    /** @param showMetrics metric names the show file itself adds (its AES70 amps' roles) */
    static void check(Fields rule, String glob, Collection<String> showMetrics) {
        if (MetricNames.all(showMetrics).stream().anyMatch(name -> Globs.matches(glob, name))) {
            return;
        }
        Matcher numbered = NUMBERED.matcher(glob);
        if (numbered.matches() && noSuch(numbered.group(1), numbered.group(2), numbered.group(3))) {
            String word = numbered.group(3); // the word is right and the number is not: say which
            rule.error("metric", Values.quote(glob) + " names " + (numbered.group(1).equals("ch")
                    ? "channel " + numbered.group(2) + "; allowed: ch1_" + word + " to ch" + MetricNames.MOST_CHANNELS
                            + "_" + word + " (or ch*_" + word + ")"
                    : "phase " + numbered.group(2) + "; allowed: l1_" + word + ", l2_" + word + " or l3_" + word
                            + " (or l*_" + word + ")"));
            return;
        }
        String hint = nearest(glob, showMetrics).map(n -> ", did you mean '" + n + "'?").orElse("");
        rule.error("metric", Values.quote(glob) + " matches no metric rackd publishes" + hint + "; allowed: "
                + allowed(showMetrics));
    }

    /** A published word after a channel or phase number that no device has: ch0, ch01, ch17, l4. */
    private static boolean noSuch(String kind, String number, String word) {
        boolean real = !number.startsWith("0") && number.length() <= 3 && Integer.parseInt(number)
                <= (kind.equals("ch") ? MetricNames.MOST_CHANNELS : 3);
        return !real && (kind.equals("ch") ? MetricNames.PER_CHANNEL : MetricNames.PER_PHASE).contains(word);
    }

    private static Optional<String> nearest(String glob, Collection<String> showMetrics) {
        Matcher m = PREFIX.matcher(glob);
        Set<String> candidates = new LinkedHashSet<>();
        if (m.matches() && m.group(1).startsWith("ch")) {
            MetricNames.PER_CHANNEL.forEach(word -> candidates.add(m.group(1) + word));
            candidates.addAll(showMetrics);
        } else if (m.matches() && m.group(1).startsWith("l")) {
            MetricNames.PER_PHASE.forEach(word -> candidates.add(m.group(1) + word));
        } else if (m.matches()) {
            // '*_temprature': every ending of a real name after one of its '_'
            for (String name : MetricNames.all(showMetrics)) {
                for (int i = name.indexOf('_'); i >= 0; i = name.indexOf('_', i + 1)) {
                    candidates.add("*" + name.substring(i));
                }
            }
        } else {
            candidates.addAll(MetricNames.patterns(showMetrics));
        }
        // ch17_gain is refused for its channel, not its word: the same name back would be no suggestion
        candidates.remove(glob);
        return NearestName.to(glob, candidates);
    }

    private static String allowed(Collection<String> showMetrics) {
        List<String> device = new ArrayList<>(MetricNames.PER_DEVICE);
        MetricNames.PI_FLAGS.forEach(flag -> device.add(flag + " (also " + flag + "_since_boot)"));
        return "a metric name, or a glob over them: ch<N>_ with " + String.join(", ", MetricNames.PER_CHANNEL)
                + "; l<N>_ with " + String.join(", ", MetricNames.PER_PHASE) + "; " + String.join(", ", device)
                + (showMetrics.isEmpty() ? "" : "; this file's AES70 roles " + String.join(", ", showMetrics));
    }
}
