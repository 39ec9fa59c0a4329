/** Measures the tagger against gold time annotations (TempEval-3 scoring) and its throughput. */
package news.timeline.importer.eval;
