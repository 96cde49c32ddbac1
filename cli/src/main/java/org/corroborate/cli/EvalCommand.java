package org.corroborate.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.corroborate.eval.Evaluation;
import org.corroborate.eval.Evaluations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code corroborate eval NAME PATH}: scores the engine on a public evaluation set. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the engine on an evaluation set and print the figures.")
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "which evaluation: ${COMPLETION-CANDIDATES}",
            completionCandidates = Names.class)
    String name;

    @Parameters(index = "1", paramLabel = "PATH", description = "the data set's folder (under ../shared/data)")
    Path data;

    @Override
    public Integer call() throws Exception {
        Evaluation evaluation = Evaluations.named(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown evaluation '" + name + "' (known: " + String.join(", ", new Names()) + ")"));
        if (!Files.exists(data)) {
            throw new ParameterException(spec.commandLine(), data + ": no such file or folder");
        }
        evaluation.run(data, System.out);
        return 0;
    }

    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Evaluations.all().stream().map(Evaluation::name).collect(Collectors.toList()).iterator();
        }
    }
}
