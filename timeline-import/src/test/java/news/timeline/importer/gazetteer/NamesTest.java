package news.timeline.importer.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.timeline.importer.text.SentenceSplitter;
import news.timeline.importer.text.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    /** Each mention of the text as "words=actor:type", with a star for names read from their form alone. */
    private static String names(String text) {
        Words words = Words.of(text);
        List<int[]> sentences = SentenceSplitter.english().split(words).stream()
                .map(s -> new int[] {s.first(), s.end()}).toList();
        Names names = Names.of(Gazetteer.english(), words, sentences, List.of());
        return String.join("; ", names.find(0, words.size()).stream()
                .filter(m -> m.actor() != null)
                .map(m -> words.span(m.first(), m.end()) + "=" + m.actor().name() + ":"
                        + m.actor().type().name().toLowerCase(java.util.Locale.ROOT) + (names.isStranger(m) ? "*" : ""))
                .toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Unknown names read from their form: a title before a person, a word like "Corp" in a company.
        // A name after "the" is no person's, and after a preposition of place it is a place.
        "Turkey and Libya agreed on borders in the Eastern Mediterranean.|Turkey=Turkey:country; Libya=Libya:country",
        "Police chief Adam Kosiec said on Monday.|Adam Kosiec=Adam Kosiec:person",
        "Shares of Fabrikam Corp fell on Monday.|Fabrikam Corp=Fabrikam Corp:organisation*",
        // A surname, a first name and a pronoun refer back to the person named in full.
        "Paul Whelan was freed. Whelan flew home. He landed on Friday.|"
                + "Paul Whelan=Paul Whelan:person*; Whelan=Paul Whelan:person; He=Paul Whelan:person",
        // A Korean name is written family name first: "Park" names the mayor again, even where a park could stand.
        "Park Won-soon was found dead. Park was elected in 2011.|"
                + "Park Won-soon=Park Won-soon:person*; Park=Park Won-soon:person",
        // "the company" is the last organisation named; "the two leaders" the two people just named.
        "Fabrikam Corp cut jobs. The company said so.|"
                + "Fabrikam Corp=Fabrikam Corp:organisation*; The company=Fabrikam Corp:organisation",
        // "the court" is the organisation named last with "court" in its name, whatever came between.
        "The Contoso District Court set bail. Fabrikam Corp paid. The court adjourned.|"
                + "Contoso District Court=Contoso District Court:organisation*; Fabrikam Corp=Fabrikam Corp:organisation*; "
                + "The court=Contoso District Court:organisation",
        // A body named with the country it serves is one organisation, and so is its later short name.
        "The Supreme Court of the United Kingdom ruled. The Supreme Court was unanimous.|"
                + "The Supreme Court of the United Kingdom=Supreme Court of the United Kingdom:organisation; "
                + "The Supreme Court=Supreme Court of the United Kingdom:organisation",
        "Trump called Putin. The two leaders spoke for an hour.|Trump=Donald Trump:person; Putin=Vladimir Putin:person; "
                + "The two=Donald Trump:person; leaders=Vladimir Putin:person",
        // A company is named again by its distinctive word, a German one by its "GmbH".
        "Contoso Fabrik GmbH agreed to pay. Fabrik will cooperate.|"
                + "Contoso Fabrik GmbH=Contoso Fabrik GmbH:organisation*; Fabrik=Contoso Fabrik GmbH:organisation*",
        // A possessive that lost its apostrophe in copying still names its owner.
        "Paul Whelan was freed. Whelans lawyer spoke.|Paul Whelan=Paul Whelan:person*; Whelans=Paul Whelan:person",
        // A name given as another's alias is that actor wherever the article uses it.
        "Mustafa Kamel Mustafa, aka Abu Hamza, was convicted. Abu Hamza was sentenced.|"
                + "Mustafa Kamel Mustafa=Mustafa Kamel Mustafa:person*; Abu Hamza=Mustafa Kamel Mustafa:person*; "
                + "Abu Hamza=Mustafa Kamel Mustafa:person",
        // A title names again the person last named with it; "the presidents" are the two people just named.
        "Princess Ubolratana Mahidol filed. On Friday, the princess, 67, spoke.|"
                + "Princess Ubolratana Mahidol=Ubolratana Mahidol:person; the princess=Ubolratana Mahidol:person",
        "President Biden called Vladimir Putin. The former president spoke. The President of Russia replied.|"
                + "President Biden=Joe Biden:person; Vladimir Putin=Vladimir Putin:person; "
                + "The former president=Joe Biden:person; Russia=Russia:country",
        "Trump called Putin. The presidents agreed to meet.|Trump=Donald Trump:person; Putin=Vladimir Putin:person; "
                + "The=Donald Trump:person; presidents=Vladimir Putin:person",
        // A given name alone is the one person of the article who has it.
        "Princess Ubolratana Mahidol filed. Princess Ubolratana spoke.|"
                + "Princess Ubolratana Mahidol=Ubolratana Mahidol:person; Princess Ubolratana=Ubolratana Mahidol:person",
        // A first name that reads as a plural of a common word is still a first name at a sentence's start.
        "Denys Shmyhal met Mateusz Morawiecki.|Denys Shmyhal=Denys Shmyhal:person*; "
                + "Mateusz Morawiecki=Mateusz Morawiecki:person*",
        // The name of a document names no actor.
        "Russia cited Article 5 of the North Atlantic Treaty.|Russia=Russia:country",
        "The Convention on the Civil Aspects of International Child Abduction came into force in Japan.|"
                + "Japan=Japan:country",
        // A hyphenated given name keeps its lower-case second syllable; a title alone names no one.
        "The mayor, Park Won-soon, met Moon Jae-in.|Park Won-soon=Park Won-soon:person*; Moon Jae-in=Moon Jae-in:person*",
        "The Prime Minister of Tunisia spoke.|Tunisia=Tunisia:country",
        // "former Marine Paul Whelan" is Paul Whelan; a war is no actor.
        "Russia freed former Marine Paul Whelan after the Cold War ended.|Russia=Russia:country; "
                + "Marine Paul Whelan=Paul Whelan:person",
        // A dateline in capitals is no name.
        "MINSK, Feb 12, 2015 - Russia agreed.|Russia=Russia:country",
        // A country before a title, or before lower-case words that describe a person, is part of the description;
        // before a verb it is the subject.
        "US Senator Jane Roe spoke.|US Senator Jane Roe=Jane Roe:person",
        "Former US presidential candidate Elizabeth Warren spoke.|Elizabeth Warren=Elizabeth Warren:person*",
        "Georgian tennis player Nikoloz Basilashvili was arrested.|Nikoloz Basilashvili=Nikoloz Basilashvili:person*",
        "Russia arrests opposition leader Alexei Navalny.|Russia=Russia:country; Alexei Navalny=Alexei Navalny:person",
        "Russia jailed opposition leader Alexei Navalny.|Russia=Russia:country; Alexei Navalny=Alexei Navalny:person",
        // An office named just before a person, with a comma between, is that person's.
        "The Mayor of Gdańsk, Paweł Adamowicz, died.|Paweł Adamowicz=Paweł Adamowicz:person*",
        "The President of Russia, Vladimir Putin, spoke.|Vladimir Putin=Vladimir Putin:person",
        "The President of Russia spoke, Vladimir Putin said.|Russia=Russia:country; Vladimir Putin=Vladimir Putin:person",
        // "Both" on its own is the last two people named; before a noun it is not.
        "Antoine Quirin and Nicolas Redouane were convicted. Both were sentenced on Friday. Both sides spoke.|"
                + "Antoine Quirin=Antoine Quirin:person*; Nicolas Redouane=Nicolas Redouane:person*; "
                + "Both=Antoine Quirin:person; Both=Nicolas Redouane:person",
        // A date word inside a name is the name's.
        "Russia thanked the Great Orchestra of Christmas Charity.|Russia=Russia:country; "
                + "Great Orchestra of Christmas Charity=Great Orchestra of Christmas Charity:organisation*",
        // A party is named as the gazetteer writes it.
        "The Democratic party held its caucuses.|The Democratic party=Democratic Party:organisation",
    })
    void readsAndLinksTheNamesOfAnArticle(String text, String expected) {
        assertThat(names(text)).isEqualTo(expected);
    }

    /** Names after an office read on the day of publication are read whole: no word is a name of its own. */
    @Test
    void namesAfterAnOfficeAreReadWhole() {
        String text = "On Wednesday, the Turkish President Recep Tayyip Erdogan pledged converting Hagia Sophia to a mosque.";
        Words words = Words.of(text);
        List<int[]> sentences = SentenceSplitter.english().split(words).stream()
                .map(s -> new int[] {s.first(), s.end()}).toList();
        Names names = Names.of(Gazetteer.english(), words, sentences, List.of(), java.time.LocalDate.of(2019, 3, 31));
        assertThat(names.find(0, words.size())).extracting(m -> words.span(m.first(), m.end()))
                .containsExactly("the Turkish President Recep Tayyip Erdogan", "Hagia Sophia");
    }
}
