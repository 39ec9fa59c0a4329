package news.timeline.importer.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DataFilesTest {

    @Test
    void readsNamedListsWithWordsOfSeveralTokens() {
        Map<String, Set<String>> lists = DataFiles.lists("/lists/good.txt");

        assertThat(lists).containsOnlyKeys("good");
        assertThat(DataFiles.list(lists, "/lists/good.txt", "good")).containsExactlyInAnyOrder("a", "b", "c d");
    }

    @Test
    void namesTheFileAndTheLineThatIsNoList() {
        assertThatThrownBy(() -> DataFiles.lists("/lists/no-equals.txt"))
                .hasMessageContaining("/lists/no-equals.txt").hasMessageContaining("'broken line'");
    }

    @Test
    void refusesAListGivenTwice() {
        assertThatThrownBy(() -> DataFiles.lists("/lists/twice.txt"))
                .hasMessageContaining("/lists/twice.txt").hasMessageContaining("'one' is given twice");
    }

    @Test
    void namesTheFileThatLacksAList() {
        Map<String, Set<String>> lists = DataFiles.lists("/lists/good.txt");

        assertThatThrownBy(() -> DataFiles.list(lists, "/lists/good.txt", "other"))
                .hasMessage("/lists/good.txt: no list 'other'");
    }
}
