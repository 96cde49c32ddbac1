package org.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/** The beam-of-one tagger gives OpenNLP's own beam-search tags (see the notes of {@link Nlp}); fictional text. */
class NlpTest {
    private static final List<String> SENTENCES = List.of(
            "The harbour board said on Tuesday that 1,250 containers had been moved since the storm .",
            "Farmers who had planned to plant barley now say the rains came too late .",
            "\" We will not back down , \" the mayor of Lindqvist told reporters , adding that talks may resume .",
            "Police said the suspect , a 34-year-old man from Ostvale , was arrested after a short chase .",
            "Shares fell 3.5 % to $ 12.40 after the bank cut its forecast for the third quarter .",
            "Time flies like an arrow ; fruit flies like a banana .",
            "The old man the boats while the young sail .",
            "Can the can opener open the can that can not be opened ?",
            "Officials estimated that about 8,000 residents had fled , though others put the figure higher .",
            "She set the record straight : the record set in 1998 still stands .");

    @Test
    void greedyTagsEqualTheBeamSearchTags() throws Exception {
        POSModel model;
        try (InputStream in = Nlp.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            model = new POSModel(in);
        }
        POSTaggerME beam = new POSTaggerME(model);
        for (String sentence : SENTENCES) {
            String[] tokens = sentence.split(" ");
            assertThat(Nlp.tags(tokens)).as(sentence).containsExactly(beam.tag(tokens));
        }
    }

    @Test
    void longRunsAreTaggedInWindows() {
        String[] tokens = new String[Nlp.TAG_WINDOW * 2 + 7];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = i % 2 == 0 ? "boats" : "sail";
        }
        assertThat(Nlp.tags(tokens)).hasSize(tokens.length).doesNotContainNull();
    }
}
