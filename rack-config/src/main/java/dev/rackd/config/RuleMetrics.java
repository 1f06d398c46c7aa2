package dev.rackd.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An alert rule's {@code metric} must match something the devices it names publish: a misspelt name or glob, or one
 * its device has not (a mains phase on a DC monitor, channel 5 of a 4-channel amp), would silently never fire. A
 * device glob needs one of its devices to publish the metric, as the rule then applies to that one. What is refused
 * gets the nearest name those devices publish, written with the rule's own channel or phase prefix.
 */
final class RuleMetrics {
    /** A channel's or phase's prefix as a rule writes it, wildcards and all: {@code ch*_}, {@code l2_}, {@code *_}. */
    private static final Pattern PREFIX = Pattern.compile("(ch[0-9*?]*_|l[0-9*?]_|\\*_)(.*)");
    /** A channel or phase that no device has (ch0, ch17, ch01, l4) before a word that is published. */
    private static final Pattern NUMBERED = Pattern.compile("(ch|l)(\\d+)_([a-z_]+)");

    /** A phase's load is its current in % of the breaker: on a device without phases, its current is the nearest. */
    private static final Map<String, String> RELATED = Map.of("load", "current");

    private RuleMetrics() {}

    /**
     * @param deviceGlob  the rule's device id or glob, "" when unusable
     * @param devices     every device of the file
     * @param showMetrics metric names the show file itself adds (its AES70 amps' roles)
     */
    static void check(Fields rule, String deviceGlob, String glob, List<DeviceMetrics> devices,
            Collection<String> showMetrics) {
        List<DeviceMetrics> named = deviceGlob.isEmpty() ? List.of()
                : devices.stream().filter(d -> Globs.matches(deviceGlob, d.id())).toList();
        if (named.isEmpty()) {
            check(rule, glob, showMetrics); // the device is refused on its own: the metric against all there is
            return;
        }
        if (named.stream().anyMatch(d -> d.publishes(glob))) {
            return;
        }
        Optional<String> number = wrongNumber(glob, named);
        if (number.isPresent()) {
            rule.error("metric", Values.quote(glob) + number.get());
            return;
        }
        boolean anywhere = MetricNames.all(showMetrics).stream().anyMatch(name -> Globs.matches(glob, name));
        boolean one = named.size() == 1;
        DeviceMetrics first = named.get(0);
        String hint = nearest(glob, named, !anywhere).map(n -> ", did you mean '" + n + "'?").orElse("");
        String each = named.stream().map(d -> d.id() + " (" + d.described() + "): " + d.allowed())
                .collect(Collectors.joining(" | "));
        if (!anywhere) {
            rule.error("metric", Values.quote(glob) + " matches no metric rackd publishes" + hint + "; allowed for "
                    + (one ? first.id() + " (" + first.described() + "): " + first.allowed()
                            : Values.quote(deviceGlob) + ": " + each));
        } else if (one) {
            rule.error("metric", Values.quote(glob) + " is not published by " + first.id() + " (" + first.described()
                    + ")" + hint + "; allowed: " + first.allowed());
        } else {
            rule.error("metric", Values.quote(glob) + " is published by none of the devices " + Values.quote(deviceGlob)
                    + " matches" + hint + "; allowed: " + each);
        }
    }

    /**
     * {@code ch5_gain} on a 4-channel amp, {@code l2_load} on a meter on L1: the word is one the devices publish and
     * the number is not theirs. A channel the amp has but its AES70 roles leave out is not a wrong number: the
     * general message lists the roles.
     */
    private static Optional<String> wrongNumber(String glob, List<DeviceMetrics> devices) {
        Matcher m = NUMBERED.matcher(glob);
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean channel = m.group(1).equals("ch");
        String word = m.group(3);
        String number = m.group(2);
        int n = number.startsWith("0") || number.length() > 3 ? 0 : Integer.parseInt(number);
        List<DeviceMetrics> having = devices.stream()
                .filter(d -> !(channel ? d.channelsWith(word) : d.phasesWith(word)).isEmpty()).toList();
        if (having.isEmpty() || channel && having.stream().anyMatch(d -> n >= 1 && n <= d.channels())) {
            return Optional.empty();
        }
        SortedSet<Integer> numbers = new TreeSet<>();
        having.forEach(d -> numbers.addAll(channel ? d.channelsWith(word) : d.phasesWith(word)));
        String theirs = having.stream().map(d -> channel ? d.id() + " has " + d.channelsSaid()
                : d.id() + " measures " + String.join(", ", d.phases())).collect(Collectors.joining(", "));
        return Optional.of(" names " + (channel ? "channel " : "phase ") + number + ", and " + theirs + "; allowed: "
                + spelled(m.group(1), numbers, word) + " (or " + m.group(1) + "*_" + word + ")");
    }

    /** {@code ch1_gain to ch4_gain}, {@code l1_load}, {@code l1_load or l3_load}. */
    private static String spelled(String prefix, SortedSet<Integer> numbers, String word) {
        List<String> names = numbers.stream().map(n -> prefix + n + "_" + word).toList();
        if (names.size() > 3 && numbers.last() - numbers.first() == names.size() - 1) {
            return names.get(0) + " to " + names.get(names.size() - 1);
        }
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** The metric against everything rackd publishes, whatever the device: for a rule whose device matches none. */
    private static void check(Fields rule, String glob, Collection<String> showMetrics) {
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

    /**
     * What the rule may have meant among the names the devices publish. A misspelt metric gets the nearest name, else
     * the nearest by its word alone ({@code voltag} on a meter: {@code l1_voltage}). A real metric on the wrong device
     * gets only the same word as the device writes it ({@code l1_voltage} on a DC monitor: {@code voltage}), or its
     * {@link #RELATED} one: a name merely spelt alike would be a different quantity.
     */
    private static Optional<String> nearest(String glob, List<DeviceMetrics> devices, boolean misspelt) {
        Matcher m = PREFIX.matcher(glob);
        Set<String> candidates = new LinkedHashSet<>();
        for (DeviceMetrics d : devices) {
            if (m.matches() && m.group(1).equals("*_")) {
                // '*_temprature': every ending of a real name after one of its '_'
                for (String name : d.names()) {
                    for (int i = name.indexOf('_'); i >= 0; i = name.indexOf('_', i + 1)) {
                        candidates.add("*" + name.substring(i));
                    }
                }
            } else {
                candidates.addAll(d.suggestions(m.matches() ? m.group(1) : null));
            }
        }
        candidates.remove(glob);
        Map<String, String> byWord = new LinkedHashMap<>();
        for (String candidate : candidates) {
            Matcher c = PREFIX.matcher(candidate);
            byWord.putIfAbsent(c.matches() ? c.group(2) : candidate, candidate);
        }
        String word = m.matches() ? m.group(2) : glob;
        if (!misspelt) {
            return Optional.ofNullable(byWord.get(word))
                    .or(() -> Optional.ofNullable(RELATED.get(word)).map(byWord::get));
        }
        return NearestName.to(glob, candidates).or(() -> NearestName.to(word, byWord.keySet()).map(byWord::get));
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
