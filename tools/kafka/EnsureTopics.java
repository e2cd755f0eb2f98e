import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Used by ./redress: waits until the broker answers a topic listing, then creates missing topics
 * and checks partition counts, all in one JVM (a TopicCommand launch per topic costs ~1.5 s each).
 *
 * Usage: java -cp 'libs/*:classes' EnsureTopics BOOTSTRAP TIMEOUT_SECONDS name:partitions:replication ...
 */
public class EnsureTopics {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: EnsureTopics BOOTSTRAP TIMEOUT_SECONDS name:partitions:replication ...");
            System.exit(2);
        }
        String bootstrap = args[0];
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(args[1]));
        Map<String, int[]> wanted = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] p = args[i].split(":");
            wanted.put(p[0], new int[] {Integer.parseInt(p[1]), Integer.parseInt(p[2])});
        }

        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "redress-ensure-topics");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");

        try (Admin admin = Admin.create(props)) {
            Set<String> existing = listUntilReady(admin, bootstrap, deadline);

            Set<String> created = new HashSet<>();
            List<NewTopic> toCreate = new ArrayList<>();
            for (Map.Entry<String, int[]> e : wanted.entrySet()) {
                if (!existing.contains(e.getKey())) {
                    toCreate.add(new NewTopic(e.getKey(), e.getValue()[0], (short) e.getValue()[1]));
                }
            }
            if (!toCreate.isEmpty()) {
                var result = admin.createTopics(toCreate);
                for (NewTopic t : toCreate) {
                    try {
                        result.values().get(t.name()).get();
                        created.add(t.name());
                    } catch (ExecutionException ex) {
                        // Lost a race with auto-creation by a running service: fine, checked below.
                        if (!(ex.getCause() instanceof TopicExistsException)) {
                            throw ex;
                        }
                    }
                }
            }

            // Verify partition counts; raise them if an older/auto-created topic has fewer.
            Map<String, TopicDescription> described = admin.describeTopics(wanted.keySet()).allTopicNames().get();
            Map<String, NewPartitions> grow = new HashMap<>();
            int problems = 0;
            for (Map.Entry<String, int[]> e : wanted.entrySet()) {
                int have = described.get(e.getKey()).partitions().size();
                int want = e.getValue()[0];
                if (have < want) {
                    grow.put(e.getKey(), NewPartitions.increaseTo(want));
                    System.out.printf("    %-36s %d partitions (had %d, increased)%n", e.getKey(), want, have);
                } else if (have > want) {
                    System.out.printf("    %-36s %d partitions, WARNING: expected %d (cannot shrink; delete the topic to reset)%n",
                            e.getKey(), have, want);
                    problems++;
                } else {
                    System.out.printf("    %-36s %d partitions%s%n", e.getKey(), have, created.contains(e.getKey()) ? " (created)" : "");
                }
            }
            if (!grow.isEmpty()) {
                admin.createPartitions(grow).all().get();
            }
            System.exit(problems == 0 ? 0 : 3);
        }
    }

    private static Set<String> listUntilReady(Admin admin, String bootstrap, long deadline) throws Exception {
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                return admin.listTopics(new ListTopicsOptions().timeoutMs(3000)).names().get(4, TimeUnit.SECONDS);
            } catch (Exception e) {
                last = e;
                Thread.sleep(300);
            }
        }
        System.err.println("Kafka at " + bootstrap + " did not answer a topic listing in time: " + last);
        System.exit(4);
        return Set.of();
    }
}
