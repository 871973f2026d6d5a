package index

// SetSearchParts makes eachMatch split every index into n ranges, however
// small, until restore is called: the sample corpus is below minPartDocs.
func SetSearchParts(n int) (restore func()) {
	old := searchParts
	searchParts = func(uint64) int { return n }
	return func() { searchParts = old }
}
