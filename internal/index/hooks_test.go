package index

// SetSearchParts makes eachMatch split every index into n ranges, however
// small, until restore is called: the sample corpus is below minPartDocs.
func SetSearchParts(n int) (restore func()) {
	old := searchParts
	searchParts = func(uint64) int { return n }
	return func() { searchParts = old }
}

// SetSplitSearch turns the split of one search over the cores
// (splitsearch.go) on or off, and lets up to cores ranges run at once
// whatever GOMAXPROCS is, until restore is called.
func SetSplitSearch(on bool, n int) (restore func()) {
	oldCores, oldOff, oldMin := corePool, splitDisabled.Load(), minSplitPostings
	corePool, minSplitPostings = make(chan struct{}, n), 0
	if on {
		splitDisabled.Store(0)
	} else {
		splitDisabled.Store(1)
	}
	return func() { corePool, minSplitPostings = oldCores, oldMin; splitDisabled.Store(oldOff) }
}

// CoresInUse is how many cores split searches hold now.
func CoresInUse() int { return len(corePool) }

// SetTitleRuns turns the copying of a title match to its document's other
// paragraphs (titleruns.go) on or off until restore is called.
func SetTitleRuns(on bool) (restore func()) {
	old := titleRunsOff.Load()
	titleRunsOff.Store(!on)
	return func() { titleRunsOff.Store(old) }
}

// SetLazyOr joins a word's text and title searchers with lazyOr (lazyor.go)
// or with Bleve's disjunction until restore is called.
func SetLazyOr(on bool) (restore func()) {
	old := lazyOrOff.Load()
	lazyOrOff.Store(!on)
	return func() { lazyOrOff.Store(old) }
}

// SetJumpTerms lets a word's term readers jump to the target's chunk
// (chunkjump.go) or read as Scorch's until restore is called.
func SetJumpTerms(on bool) (restore func()) {
	old := jumpTermsOff.Load()
	jumpTermsOff.Store(!on)
	return func() { jumpTermsOff.Store(old) }
}

// SetNarrowing lets wordsAnd narrow its words' readers to the paragraphs
// holding every word (chunkjump.go) until restore is called.
func SetNarrowing(on bool) (restore func()) {
	old := narrowOff.Load()
	narrowOff.Store(!on)
	return func() { narrowOff.Store(old) }
}

// SetWordSearcher reads a word of the text or the title with one
// wordSearcher (wordfuse.go) or with lazyOr's two searchers until restore
// is called.
func SetWordSearcher(on bool) (restore func()) {
	old := wordFuseOff.Load()
	wordFuseOff.Store(!on)
	return func() { wordFuseOff.Store(old) }
}

// WordSearchers is how many wordSearchers searches have made.
func WordSearchers() int64 { return wordSearchers.Load() }
