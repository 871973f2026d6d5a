// ReadoutsLucene is the benchmark's Lucene peer (internal/bench/lucene.go):
// what a Java developer would write with Lucene 8 for the search Readouts
// does. It has two commands, each a process of its own so that the search
// starts with a cold JIT as a freshly started server would:
//
//   build  STOP.txt PARAS.tsv INDEX                    index the paragraphs, merge to one segment
//   search STOP.txt INDEX QUERIES.tsv PASSES OUT.tsv   run the query mix PASSES times
//
// STOP.txt is Readouts' list of English stop words, one a line: Lucene's
// own list differs (it drops "will", which Readouts indexes), and the two
// engines should be asked the same thing.
//
// Every query does the work Readouts and the SQLite peer do: the top 10 by
// relevance (BM25, Lucene's default similarity; title matches weighted 0.4
// as Readouts weighs them), the stored fields and a highlighted snippet of
// the text and title of each hit, and facet counts over all matches
// (speaker, source, year, month; SortedSetDocValuesFacetCounts), the
// speaker facet beside a speaker filter counted as if the filter were not
// set (DrillSideways), as Readouts counts a filtered facet. Each query
// is timed here, from its parsed form to the finished answer, so that the
// figures are in-process ones like Readouts' and SQLite's: the JVM's start
// and the files are not counted. The benchmark compiles this file with javac
// against Debian's liblucene8-java jars; nothing is downloaded.
//
// Files are tab-separated with \\, \t, \n and \r escaped; a field with
// several values joins them with U+001F.

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

public final class ReadoutsLucene {
    // Readouts' weight of a word found in the title (internal/index/compile.go).
    static final float TITLE_BOOST = 0.4f;
    static final String SEP = "\u001f";
    // Facet sizes as Readouts asks for them (internal/bench/sqlite.go).
    static final String[] FACETS = {"speaker", "source", "year", "month"};
    // What a hit shows; the highlighter asks for text and title.
    static final Set<String> HIT_FIELDS = Set.of("id", "date", "source", "speaker", "title", "text");
    static final int[] FACET_SIZES = {15, 10, 100, 600};

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("build")) {
            build(analyzer(args[1]), args[2], args[3]);
        } else if (args.length == 6 && args[0].equals("search")) {
            search(analyzer(args[1]), args[2], args[3], Integer.parseInt(args[4]), args[5]);
        } else {
            System.err.println("usage: ReadoutsLucene build STOP.txt PARAS.tsv INDEX | search STOP.txt INDEX QUERIES.tsv PASSES OUT.tsv");
            System.exit(2);
        }
    }

    // TEXT is a stored, analysed field whose postings hold offsets, so that
    // the unified highlighter reads them there instead of analysing each
    // hit's text again (into a MemoryIndex for phrases): what Lucene's
    // documentation (and Elasticsearch's index_options: offsets) advise for
    // highlighting speed. It costs index size.
    static final FieldType TEXT = new FieldType(TextField.TYPE_STORED);
    static {
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT.freeze();
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        c.setMultiValued("speaker", true);
        return c;
    }

    // English analysis, as Readouts' text analyzer: UAX #29 words,
    // possessives dropped, lower case, accents folded, stop words (Readouts'
    // list), Porter stemming. EnglishAnalyzer's chain with ASCIIFoldingFilter
    // after lower case, where Readouts folds (internal/index/fold.go:
    // "erdoğan" -> "erdogan"), so that "erdogan" finds both spellings in
    // either engine.
    static Analyzer analyzer(String stopPath) throws IOException {
        List<String> words = new ArrayList<>();
        for (String w : Files.readAllLines(Paths.get(stopPath), StandardCharsets.UTF_8)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        CharArraySet stop = CharArraySet.unmodifiableSet(new CharArraySet(words, false));
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new EnglishPossessiveFilter(source);
                result = new LowerCaseFilter(result);
                result = new ASCIIFoldingFilter(result);
                result = new StopFilter(result, stop);
                result = new PorterStemFilter(result);
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    // build indexes PARAS.tsv (id, text, title, source, date, year, month,
    // speakers, the day after the date's period) into INDEX, one thread adding documents, then merges to one
    // segment as Readouts and SQLite ('optimize') do before serving. It
    // prints "built N NANOS" (reading the file included).
    static void build(Analyzer an, String parasPath, String indexPath) throws IOException {
        long t0 = System.nanoTime();
        FacetsConfig config = facetsConfig();
        IndexWriterConfig iwc = new IndexWriterConfig(an);
        iwc.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        iwc.setRAMBufferSizeMB(64);
        int n = 0;
        try (Directory dir = FSDirectory.open(Paths.get(indexPath));
             IndexWriter w = new IndexWriter(dir, iwc);
             BufferedReader in = Files.newBufferedReader(Paths.get(parasPath), StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = fields(line, 9);
                Document d = new Document();
                d.add(new StoredField("id", f[0]));
                d.add(new Field("text", f[1], TEXT));
                d.add(new Field("title", f[2], TEXT));
                if (!f[3].isEmpty()) {
                    d.add(new StoredField("source", f[3]));
                    d.add(new SortedSetDocValuesFacetField("source", f[3]));
                }
                if (!f[4].isEmpty()) {
                    d.add(new StoredField("date", f[4]));
                    d.add(new IntPoint("date", dayNumber(f[4])));
                    d.add(new IntPoint("date_end", dayNumber(f[8])));
                }
                if (!f[5].isEmpty()) {
                    d.add(new SortedSetDocValuesFacetField("year", f[5]));
                }
                if (!f[6].isEmpty()) {
                    d.add(new SortedSetDocValuesFacetField("month", f[6]));
                }
                if (!f[7].isEmpty()) {
                    for (String s : f[7].split(SEP)) {
                        d.add(new StoredField("speaker", s));
                        d.add(new StringField("speaker_key", s.toLowerCase(Locale.ROOT), Field.Store.NO));
                        d.add(new SortedSetDocValuesFacetField("speaker", s));
                    }
                }
                w.addDocument(config.build(d));
                n++;
            }
            w.forceMerge(1);
            w.commit();
        }
        System.out.println("built " + n + " " + (System.nanoTime() - t0));
    }

    // One query of the mix as the benchmark writes it: kind, phrase (0/1),
    // words, speaker, first day and the day after the last (YYYY-MM-DD).
    static final class Mix {
        String kind, speaker, start, end;
        boolean phrase;
        String[] words;
    }

    // Answer is what a query returns; the benchmark reads back the total,
    // the IDs and how many hits have a mark, and the rest is there so that
    // the work is done as a server would do it.
    static final class Answer {
        long total;
        List<String> ids = new ArrayList<>();
        int marked;
        Map<String, FacetResult> facets = new HashMap<>();
        long checksum; // bytes of snippets and facet labels, so nothing is skipped
    }

    static void search(Analyzer an, String indexPath, String queriesPath, int passes, String outPath) throws IOException {
        List<Mix> mix = new ArrayList<>();
        for (String line : Files.readAllLines(Paths.get(queriesPath), StandardCharsets.UTF_8)) {
            String[] f = fields(line, 6);
            Mix q = new Mix();
            q.kind = f[0];
            q.phrase = f[1].equals("1");
            q.words = f[2].split(" ");
            q.speaker = f[3];
            q.start = f[4];
            q.end = f[5];
            mix.add(q);
        }
        try (Directory dir = FSDirectory.open(Paths.get(indexPath));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            Searcher s = new Searcher(reader, an);
            long[][] ns = new long[passes][mix.size()];
            Answer[] last = new Answer[mix.size()];
            long sum = 0;
            for (int p = 0; p < passes; p++) {
                for (int i = 0; i < mix.size(); i++) {
                    long t0 = System.nanoTime();
                    Answer a = s.search(mix.get(i), 10);
                    ns[p][i] = System.nanoTime() - t0;
                    sum += a.checksum;
                    if (last[i] != null && last[i].total != a.total) {
                        throw new IllegalStateException("query " + i + ": total " + a.total + " after " + last[i].total);
                    }
                    last[i] = a;
                }
            }
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Paths.get(outPath), StandardCharsets.UTF_8))) {
                for (int i = 0; i < mix.size(); i++) {
                    StringBuilder b = new StringBuilder();
                    b.append(i).append('\t').append(last[i].total).append('\t');
                    for (int p = 0; p < passes; p++) {
                        b.append(p > 0 ? "," : "").append(ns[p][i]);
                    }
                    b.append('\t').append(last[i].ids.size()).append('\t').append(last[i].marked);
                    long years = 0;
                    FacetResult y = last[i].facets.get("year");
                    if (y != null) {
                        for (LabelAndValue lv : y.labelValues) {
                            years += lv.value.longValue();
                        }
                    }
                    b.append('\t').append(years).append('\t').append(escape(String.join(SEP, last[i].ids)));
                    out.println(b);
                }
            }
            System.out.println("searched " + mix.size() + " x " + passes + " checksum " + sum);
        }
    }

    static final class Searcher {
        final IndexSearcher searcher;
        final SortedSetDocValuesReaderState facetState;
        final FacetsConfig config = facetsConfig();
        final QueryBuilder builder;
        final HitHighlighter highlighter;
        final DrillSideways sideways;

        Searcher(DirectoryReader reader, Analyzer an) throws IOException {
            searcher = new IndexSearcher(reader); // no executor: one thread per query, like the others
            facetState = new DefaultSortedSetDocValuesReaderState(reader);
            sideways = new DrillSideways(searcher, config, facetState);
            builder = new QueryBuilder(an);
            highlighter = new HitHighlighter(searcher, an);
            highlighter.setFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", false));
        }

        // query: every word (or the phrase) in the text or the title, the
        // title's match weighted 0.4; filters do not score.
        Query query(Mix q) {
            return query(q, true);
        }

        // speakerFilter is the paragraphs the mix's speaker speaks in.
        static Query speakerFilter(Mix q) {
            return new TermQuery(new Term("speaker_key", q.speaker.toLowerCase(Locale.ROOT)));
        }

        // query is the query with the speaker filter or without it, for
        // DrillSideways to add as a drill-down.
        Query query(Mix q, boolean withSpeaker) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            if (q.phrase) {
                b.add(either(String.join(" ", q.words), true), BooleanClause.Occur.MUST);
            } else {
                for (String w : q.words) {
                    Query e = either(w, false);
                    if (e != null) {
                        b.add(e, BooleanClause.Occur.MUST);
                    }
                }
            }
            if (withSpeaker && !q.speaker.isEmpty()) {
                b.add(speakerFilter(q), BooleanClause.Occur.FILTER);
            }
            // A paragraph is in [start, end) when all of its date's period
            // is, as Readouts matches a date known only by its year or month
            // (internal/index/daytable.go): from=2021-11&to=2022-01 leaves
            // out a UN General Debate speech dated 2022.
            if (!q.start.isEmpty()) {
                b.add(IntPoint.newRangeQuery("date", dayNumber(q.start), Integer.MAX_VALUE), BooleanClause.Occur.FILTER);
            }
            if (!q.end.isEmpty()) { // date_end and end are both the day after
                b.add(IntPoint.newRangeQuery("date_end", Integer.MIN_VALUE, dayNumber(q.end)), BooleanClause.Occur.FILTER);
            }
            return b.build();
        }

        // either is text OR title for one word or a phrase, analysed as the
        // fields are (en: "sanctions" -> "sanction"); null for a stop word.
        Query either(String s, boolean phrase) {
            Query text = phrase ? builder.createPhraseQuery("text", s) : builder.createBooleanQuery("text", s);
            Query title = phrase ? builder.createPhraseQuery("title", s) : builder.createBooleanQuery("title", s);
            if (text == null) {
                return null;
            }
            return new BooleanQuery.Builder()
                .add(text, BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(title, TITLE_BOOST), BooleanClause.Occur.SHOULD)
                .build();
        }

        Answer search(Mix m, int size) throws IOException {
            Query q = query(m);
            Answer a = new Answer();
            TopDocs top;
            Facets counts;
            if (m.speaker.isEmpty()) {
                FacetsCollector fc = new FacetsCollector();
                top = FacetsCollector.search(searcher, q, size, fc);
                for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
                    a.total += md.totalHits;
                }
                counts = new SortedSetDocValuesFacetCounts(facetState, fc);
            } else {
                // Readouts counts the speaker facet beside a speaker filter
                // over the matches without it (disjunctive facets,
                // internal/index/disjunctive.go), the other facets within
                // it: Lucene's DrillSideways, one pass that scores and
                // collects the matches the filter keeps and counts the
                // speakers of those it alone leaves out.
                DrillDownQuery dq = new DrillDownQuery(config, query(m, false));
                dq.add("speaker", speakerFilter(m));
                DrillSideways.DrillSidewaysResult r = sideways.search(dq, size);
                top = r.hits;
                a.total = top.totalHits.value;
                counts = r.facets;
            }
            Map<String, ?> dims = facetState.getPrefixToOrdRange();
            for (int i = 0; i < FACETS.length; i++) {
                if (!dims.containsKey(FACETS[i])) {
                    continue; // no paragraph has the facet: nothing to count
                }
                FacetResult r = counts.getTopChildren(FACET_SIZES[i], FACETS[i]);
                if (r != null) {
                    a.facets.put(FACETS[i], r);
                    for (LabelAndValue lv : r.labelValues) {
                        a.checksum += lv.label.length();
                    }
                }
            }
            highlighter.loaded.clear();
            Map<String, String[]> hl = highlighter.highlightFields(new String[] {"text", "title"}, q, top, new int[] {1, 1});
            String[] texts = hl.get("text"), titles = hl.get("title");
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document d = highlighter.loaded.get(sd.doc);
                if (d == null) {
                    d = searcher.doc(sd.doc, HIT_FIELDS);
                }
                a.ids.add(d.get("id"));
                a.checksum += len(d.get("date")) + len(d.get("source")) + d.getValues("speaker").length;
                String snippet = texts[i], title = titles[i];
                if (title == null) {
                    title = d.get("title"); // no match in the title: shown as it is
                }
                if (len(snippet) + len(title) > 0 && (contains(snippet, "<mark>") || contains(title, "<mark>"))) {
                    a.marked++;
                }
                a.checksum += len(snippet) + len(title);
            }
            return a;
        }
    }

    // HitHighlighter keeps each hit's stored document as it loads the text
    // and title to highlight, so that the hit's other fields are not read
    // (and decompressed: most of a query's time in Lucene 8.7) a second time.
    static final class HitHighlighter extends UnifiedHighlighter {
        final Map<Integer, Document> loaded = new HashMap<>();

        HitHighlighter(IndexSearcher searcher, Analyzer an) {
            super(searcher, an);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> out = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Document d = searcher.doc(doc, HIT_FIELDS);
                loaded.put(doc, d);
                CharSequence[] values = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    String v = d.get(fields[i]);
                    values[i] = v == null ? "" : v;
                }
                out.add(values);
            }
            return out;
        }
    }

    static int len(String s) {
        return s == null ? 0 : s.length();
    }

    static boolean contains(String s, String sub) {
        return s != null && s.contains(sub);
    }

    // dayNumber makes YYYY-MM-DD a number that sorts as the dates do.
    static int dayNumber(String ymd) {
        return Integer.parseInt(ymd.substring(0, 4)) * 10000 + Integer.parseInt(ymd.substring(5, 7)) * 100 + Integer.parseInt(ymd.substring(8, 10));
    }

    // fields splits a line into exactly n unescaped fields.
    static String[] fields(String line, int n) {
        String[] raw = line.split("\t", -1);
        if (raw.length != n) {
            throw new IllegalArgumentException("want " + n + " fields, got " + raw.length + ": " + line);
        }
        for (int i = 0; i < n; i++) {
            raw[i] = unescape(raw[i]);
        }
        return raw;
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                b.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 't': b.append('\t'); break;
                case 'n': b.append('\n'); break;
                case 'r': b.append('\r'); break;
                default: b.append(e);
            }
        }
        return b.toString();
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
