// Package index stores parsed readouts in Bleve and searches them: the
// mapping, index generations published atomically, incremental builds, the
// compilation of a parsed search-box query to Bleve (compile.go), search
// with facets and highlighted snippets, and the document view. It never
// walks corpus folders or reads their files itself (package corpus does),
// never reads file formats (package readout does), never parses the query
// language (package query does) and never speaks HTTP (package server does).
package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	kwtok "github.com/blevesearch/bleve/v2/analysis/tokenizer/single"
	"github.com/blevesearch/bleve/v2/mapping"
)

// MappingVersion changes whenever the mapping or the way paragraphs are
// turned into index documents changes; an index built with another version
// is rebuilt rather than mixed with new analysis.
const MappingVersion = 33 // 2: facets from one doc-values field; 3: coded names in it (facets.go); 4: doc values only where a sort reads them; 5: document fields stored on paragraph 1 only; 6: document ID and paragraph number read from the paragraph ID; 7: no paragraph number field; 8: date sorts on a day keyword; 9: paragraph text, speakers, mentions and reasons stored in compressed blocks (blocks.go); 10: the date as year, start_month and day keywords, no datetime field; 11: term vectors without byte offsets (analysis.go); 12: unscored keyword fields without frequencies and norms; 13: blocks of 64 paragraphs; 14: no doc_id field, paragraph count on paragraph 1; 15: paragraphs built by hand (bleve_documents.go): no _all composite field, no empty values; 16: the document's issuer and country; 17: the speech acts of a paragraph (act field, facet prefix "a", in its block); 18: who did each act (speaker_act); 19: and in the paragraph's block, for the document view; 20: a transcript paragraph's turn (turn field, in its block); 21: names in the facets field as written, not FNV-coded (facets.go); 22: the _id indexed once (scorch adds it), so zap writes it in its dictionary; 23: zap segments written through the location codec (zapcodec.go); 24: runs of equal frequencies and norms counted (zapcodec.go), a segment's paragraphs in ID order (zaporder.go); 25: a date known only by its year or month has no day of it: day "20210000", no start_month (dayTerm); 26: Latin letters without their marks in the text analyzer (fold.go); 27: a hyphenated code one word, "G-7" as g7 with its parts g and 7 at its position (codes.go); 28: the stop words of text and title in text_stops and title_stops (stopwords.go); 29: Latin letters that decompose into a letter and marks folded too, "Nguyễn" as nguyen (gazetteer.Fold); 30: letters that fold to two as Lucene's ASCIIFoldingFilter folds them, "Þórðarson" as thordarson, "œuvre" as oeuvre, "ﬁ" as fi (gazetteer.Fold); 31: text_stops and title_stops without frequencies and norms (25.2 million stop words at 1M paid 27.7 MB for them); 32: blocks compressed with a zstd dictionary trained on the build's first blocks (blocks.go); 33: no doc values for day: the date sorts read the day table (daySort)

// Analyzer names. textAnalyzer is used at index time and, through
// analyze(), at query time: en analyzer, "sanctions" -> "sanction".
const (
	textAnalyzer = "readouts_en"   // see analysis.go
	keyLower     = "keyword_lower" // "Wang Yi" -> "wang yi", for case-insensitive filters
)

// Field names of a paragraph in the index.
const (
	fieldParagraphs   = "paragraphs"
	fieldText         = "text"
	fieldTitle        = "title"
	fieldTextStops    = "text_stops"  // the text's stop words, for phrases (stopwords.go)
	fieldTitleStops   = "title_stops" // the title's
	fieldDocTitle     = "doc_title"
	fieldDate         = "date" // a query field: matched through year, start_month and day
	fieldDay          = "day"
	fieldStartMonth   = "start_month"
	fieldDateStr      = "date_str"
	fieldPrecision    = "precision"
	fieldYear         = "year"
	fieldMonth        = "month"
	fieldSpeaker      = "speaker"
	fieldSpeakerKey   = "speaker_key"
	fieldMention      = "mention"
	fieldMentionKey   = "mention_key"
	fieldSource       = "source"
	fieldSourceKey    = "source_key"
	fieldIssuer       = "issuer"
	fieldIssuerKey    = "issuer_key"
	fieldCountry      = "country"
	fieldCountryKey   = "country_key"
	fieldAct          = "act"         // "urged", "expressed-concern": package attribution's speech acts
	fieldSpeakerAct   = "speaker_act" // "wang yi|expressed-concern": who did the act (acts.go)
	fieldTurn         = "turn"        // "question", "answer": a transcript paragraph's turn; prose has none
	fieldURL          = "url"
	fieldBlock        = "blk"
	fieldParticipants = "participants"
	fieldFacets       = "facets"
)

func newMapping() (mapping.IndexMapping, error) {
	im := bleve.NewIndexMapping()
	if err := im.AddCustomAnalyzer(textAnalyzer, textAnalyzerConfig); err != nil {
		return nil, err
	}
	if err := im.AddCustomAnalyzer(stopAnalyzer, stopAnalyzerConfig); err != nil {
		return nil, err
	}
	if err := im.AddCustomAnalyzer(keyLower, map[string]any{
		"type":          custom.Name,
		"tokenizer":     kwtok.Name,
		"token_filters": []string{lowercase.Name},
	}); err != nil {
		return nil, err
	}
	im.DefaultAnalyzer = textAnalyzer
	// No _all field: every query names its fields, analysed as they were indexed.
	im.IndexDynamic = false
	im.StoreDynamic = false
	im.DocValuesDynamic = false

	text := func(store, vectors bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = textAnalyzer
		f.Store = store
		f.IncludeTermVectors = vectors // positions: phrases and snippets
		f.IncludeInAll = false
		// Bleve's text default keeps every term again as doc values, a
		// third of the index; nothing sorts or facets on text.
		f.DocValues = false
		return f
	}
	kw := func(store, docValues bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = store
		f.DocValues = docValues // sorting only: facets are counted from facettable.go
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		return f
	}
	// unscored is a keyword field no query reads: only its dictionary
	// (speaker, mention, source: facets.go) or its postings (facets:
	// facettable.go) are. Without term frequencies and norms it costs a
	// byte or two less per paragraph and term. Not for queried fields,
	// even those scored 0 (date terms): a term searcher over such a field
	// decodes norms that are not there, and the scores of date:2021-05
	// Secretary changed.
	unscored := func(store, docValues bool) *mapping.FieldMapping {
		f := kw(store, docValues)
		f.SkipFreqNorm = true
		return f
	}
	lowerKey := func() *mapping.FieldMapping {
		f := kw(false, false)
		f.Analyzer = keyLower
		return f
	}
	stored := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Index = false
		f.Store = true
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = false
		return f
	}
	p := bleve.NewDocumentStaticMapping()
	// No document ID field: the document ID and the paragraph number are
	// in the paragraph's ID, "doc#p3" (paragraphID, splitParagraphID), and
	// the document view reads paragraphs 1 to N by ID, N stored on
	// paragraph 1 (view.go).
	p.AddFieldMappingsAt(fieldParagraphs, stored())
	// Indexed, not stored: the text is stored in its block (blocks.go).
	p.AddFieldMappingsAt(fieldText, text(false, true))
	// The title is indexed in every paragraph, so that its words find the
	// paragraphs, with term vectors for highlighting it in a hit; it is
	// stored once, as doc_title on paragraph 1, like the other fields of
	// the document (date_str, precision, source, issuer, country, url,
	// participants: see
	// document.go and docmeta.go).
	p.AddFieldMappingsAt(fieldTitle, text(false, true))
	p.AddFieldMappingsAt(fieldDocTitle, stored())
	// The stop words of the text and title, with their positions: a
	// phrase's stop words are checked in them (stopwords.go). No query
	// scores them, so they keep no frequencies and norms: zap still writes
	// each posting's positions, and reads them by their byte length.
	for _, f := range []string{fieldTextStops, fieldTitleStops} {
		m := text(false, true)
		m.Analyzer = stopAnalyzer
		m.SkipFreqNorm = true
		p.AddFieldMappingsAt(f, m)
	}
	// The date is three keyword terms (document.go): year, start_month and
	// day, which date ranges are unions of (dateRange), a range scored 0.
	// A Bleve datetime field indexed 16 prefix-coded terms per paragraph
	// for the same ranges. The date sorts read the day table (daytable.go,
	// daySort), not doc values.
	p.AddFieldMappingsAt(fieldDay, kw(false, false))
	p.AddFieldMappingsAt(fieldStartMonth, kw(false, false))
	p.AddFieldMappingsAt(fieldDateStr, stored())
	p.AddFieldMappingsAt(fieldPrecision, stored())
	p.AddFieldMappingsAt(fieldYear, kw(false, false))
	// Speakers, mentions, sources, issuers and countries are indexed for
	// the facet names' dictionaries (facets.go); a hit's speakers and
	// mentions come from its block. The *_key fields are what filters and
	// the query language match, case-insensitively.
	p.AddFieldMappingsAt(fieldSpeaker, unscored(false, false))
	p.AddFieldMappingsAt(fieldSpeakerKey, lowerKey())
	p.AddFieldMappingsAt(fieldMention, unscored(false, false))
	p.AddFieldMappingsAt(fieldMentionKey, lowerKey())
	p.AddFieldMappingsAt(fieldSource, unscored(true, false))
	p.AddFieldMappingsAt(fieldSourceKey, lowerKey())
	// The issuer ("Ned Price") and country ("United States") of the
	// document, stored and indexed like the source.
	p.AddFieldMappingsAt(fieldIssuer, unscored(true, false))
	p.AddFieldMappingsAt(fieldIssuerKey, lowerKey())
	p.AddFieldMappingsAt(fieldCountry, unscored(true, false))
	p.AddFieldMappingsAt(fieldCountryKey, lowerKey())
	// The acts of a paragraph's speakers, as slugs: filtered on, and
	// counted from the facet table (facets.go).
	p.AddFieldMappingsAt(fieldAct, lowerKey())
	p.AddFieldMappingsAt(fieldSpeakerAct, lowerKey())
	// A transcript paragraph's turn (readout.TurnQuestion, TurnAnswer):
	// only filtered on, so that turn=answer can leave out the questions.
	p.AddFieldMappingsAt(fieldTurn, lowerKey())
	p.AddFieldMappingsAt(fieldURL, stored())
	p.AddFieldMappingsAt(fieldBlock, stored())        // compressed; see blocks.go
	p.AddFieldMappingsAt(fieldParticipants, stored()) // shown, never searched
	// Indexed only: the facet table (facettable.go) is read from its postings.
	p.AddFieldMappingsAt(fieldFacets, unscored(false, false)) // every facet; see facets.go
	im.DefaultMapping = p
	return im, nil
}
