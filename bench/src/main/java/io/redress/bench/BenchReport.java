package io.redress.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** Everything one run measured, written by {@code --json FILE}. Phases that did not run are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BenchReport(
        String startedAt,
        Map<String, Object> environment,
        Map<String, Object> options,
        ProcessMemory.Snapshot memoryIdle,
        String intakeStatus,
        BurstPhase.Result burst,
        PipelineDrain.Result drainAfterBurst,
        SteadyPhase.Result steady,
        PipelineDrain.Result finalLag,
        ProcessMemory.Snapshot memoryAfter,
        List<Targets.Verdict> targets,
        List<String> problems) {
}
