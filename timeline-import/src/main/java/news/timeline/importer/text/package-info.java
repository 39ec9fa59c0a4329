/** Words and sentences of an article: the tokens the gazetteer and the event rules match on, and a sentence splitter that survives news abbreviations. */
package news.timeline.importer.text;
