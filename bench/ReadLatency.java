import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Timed API reads, for comparing a heavy caller with a typical one (issue 10). Each case is
 * {@code name=token@path}; every round calls each case once, in turn, on one keep-alive
 * connection, so that the machine's load drifts over all cases alike. Prints p50/p95/max in
 * ms per case. Every answer must be 200.
 * <p>
 * {@code java bench/ReadLatency.java --base http://127.0.0.1:8080 --rounds 200 name=token@/api/v1/... ...}
 */
public class ReadLatency {

	public static void main(String[] args) throws Exception {
		String base = "http://127.0.0.1:8080";
		int rounds = 200;
		int warmUp = 20;
		Map<String, String[]> cases = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--base" -> base = args[++i];
				case "--rounds" -> rounds = Integer.parseInt(args[++i]);
				case "--warm-up" -> warmUp = Integer.parseInt(args[++i]);
				default -> {
					String[] nameRest = args[i].split("=", 2);
					cases.put(nameRest[0], nameRest[1].split("@", 2));
				}
			}
		}
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		Map<String, long[]> times = new LinkedHashMap<>();
		cases.keySet().forEach((name) -> times.put(name, new long[0]));
		List<String> names = new ArrayList<>(cases.keySet());
		Map<String, List<Long>> samples = new LinkedHashMap<>();
		names.forEach((name) -> samples.put(name, new ArrayList<>()));
		for (int round = -warmUp; round < rounds; round++) {
			for (String name : names) {
				String[] tokenPath = cases.get(name);
				HttpRequest request = HttpRequest.newBuilder(URI.create(base + tokenPath[1]))
					.header("Authorization", "Bearer " + tokenPath[0])
					.header("Accept", "application/json")
					.timeout(Duration.ofSeconds(30))
					.GET()
					.build();
				long start = System.nanoTime();
				HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
				long took = System.nanoTime() - start;
				if (response.statusCode() != 200) {
					throw new IllegalStateException(name + ": " + response.statusCode() + " " + response.body());
				}
				if (round >= 0) {
					samples.get(name).add(took);
				}
			}
		}
		System.out.printf("| case | p50 ms | p95 ms | max ms |%n|---|---|---|---|%n");
		for (String name : names) {
			long[] sorted = samples.get(name).stream().mapToLong(Long::longValue).toArray();
			Arrays.sort(sorted);
			System.out.printf("| %s | %.2f | %.2f | %.2f |%n", name, sorted[sorted.length / 2] / 1e6,
					sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[sorted.length - 1] / 1e6);
		}
	}

}
