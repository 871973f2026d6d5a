package bench

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
)

// ErrNoFTS5 means the binary has no SQLite with FTS5: the driver is linked
// in only with -tags sqlite_fts5 (sqlite_driver.go).
var ErrNoFTS5 = errors.New("SQLite built without FTS5: run with -tags sqlite_fts5")

// The peer's schema: what a Go developer would write for the same search.
// FTS5 holds the text and title (porter stemming, as Readouts stems), a
// plain table the metadata, and a speaker table the multi-valued speakers
// for filtering. Speakers are also kept joined in para for the facet scan.
const sqliteSchema = `
CREATE TABLE para(id INTEGER PRIMARY KEY, pid TEXT NOT NULL, date TEXT, year TEXT, month TEXT, source TEXT, speakers TEXT);
CREATE VIRTUAL TABLE fts USING fts5(text, title, tokenize='porter unicode61');
CREATE TABLE speaker(name TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY(name, id)) WITHOUT ROWID;
INSERT INTO fts(fts, rank) VALUES('rank', 'bm25(1.0, 0.4)');
`

// speakerSep joins a paragraph's speakers in para.speakers.
const speakerSep = "\x1f"

// FTS5Available reports whether this binary's SQLite has FTS5.
func FTS5Available() bool {
	db, err := sql.Open("sqlite3", ":memory:")
	if err != nil {
		return false
	}
	defer db.Close()
	_, err = db.Exec(`CREATE VIRTUAL TABLE t USING fts5(x)`)
	return err == nil
}

// buildSQLite writes paras into a new database at path, in transactions of
// 10,000 rows, then merges FTS5's segments ('optimize') as one would before
// serving.
func buildSQLite(ctx context.Context, path string, paras []paragraph) error {
	if !FTS5Available() {
		return ErrNoFTS5
	}
	for _, p := range []string{path, path + "-journal", path + "-wal", path + "-shm"} {
		if err := os.Remove(p); err != nil && !os.IsNotExist(err) {
			return err
		}
	}
	db, err := sql.Open("sqlite3", "file:"+path+"?_journal_mode=OFF&_synchronous=OFF")
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := db.ExecContext(ctx, sqliteSchema); err != nil {
		return fmt.Errorf("sqlite schema: %w", err)
	}
	const batch = 10000
	for lo := 0; lo < len(paras); lo += batch {
		hi := min(lo+batch, len(paras))
		if err := insertBatch(ctx, db, paras[lo:hi], lo+1); err != nil {
			return err
		}
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO fts(fts) VALUES('optimize')`); err != nil {
		return fmt.Errorf("sqlite optimize: %w", err)
	}
	return db.Close()
}

func insertBatch(ctx context.Context, db *sql.DB, paras []paragraph, firstID int) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	insPara, err := tx.PrepareContext(ctx, `INSERT INTO para(id, pid, date, year, month, source, speakers) VALUES(?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	insFTS, err := tx.PrepareContext(ctx, `INSERT INTO fts(rowid, text, title) VALUES(?, ?, ?)`)
	if err != nil {
		return err
	}
	insSpeaker, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO speaker(name, id) VALUES(?, ?)`)
	if err != nil {
		return err
	}
	for i, p := range paras {
		id := firstID + i
		if _, err := insPara.ExecContext(ctx, id, p.ID, nullable(p.Date), nullable(p.Year), nullable(p.Month), nullable(p.Source), strings.Join(p.Speakers, speakerSep)); err != nil {
			return fmt.Errorf("sqlite insert %s: %w", p.ID, err)
		}
		if _, err := insFTS.ExecContext(ctx, id, p.Text, p.Title); err != nil {
			return fmt.Errorf("sqlite insert %s: %w", p.ID, err)
		}
		for _, s := range p.Speakers {
			if _, err := insSpeaker.ExecContext(ctx, strings.ToLower(s), id); err != nil {
				return fmt.Errorf("sqlite insert %s: %w", p.ID, err)
			}
		}
	}
	return tx.Commit()
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// sqlitePeer answers the query mix from a database buildSQLite wrote. It
// is safe for concurrent use (database/sql pools connections).
type sqlitePeer struct {
	db *sql.DB
}

func openSQLite(path string) (*sqlitePeer, error) {
	if !FTS5Available() {
		return nil, ErrNoFTS5
	}
	if _, err := os.Stat(path); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro&_query_only=1")
	if err != nil {
		return nil, err
	}
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, err
	}
	return &sqlitePeer{db: db}, nil
}

func (s *sqlitePeer) Close() error { return s.db.Close() }

// answer is one engine's answer to a query, in the shape both return over
// HTTP: the top hits with marked snippets and facet counts over all matches.
type answer struct {
	Total  int                     `json:"total"`
	Hits   []answerHit             `json:"hits"`
	Facets map[string][]facetCount `json:"facets"`
}

type answerHit struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"` // with <mark>
	Date     string   `json:"date"`
	Source   string   `json:"source"`
	Speakers []string `json:"speakers"`
	Snippet  string   `json:"snippet"` // with <mark>
}

type facetCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// Facet sizes, as Readouts asks for them: the timeline needs every year and
// month, the lists a top few.
var facetSizes = map[string]int{"speaker": 15, "source": 10, "year": 100, "month": 600}

// where builds the filter clauses and arguments shared by both statements,
// the speaker filter only if withSpeaker.
func (q Query) where(withSpeaker bool) (string, []any, error) {
	var b strings.Builder
	b.WriteString(`fts MATCH ?`)
	args := []any{q.Match()}
	start, end, err := q.dateBounds()
	if err != nil {
		return "", nil, err
	}
	if start != "" {
		b.WriteString(` AND p.date >= ?`)
		args = append(args, start)
	}
	if end != "" {
		b.WriteString(` AND p.date < ?`)
		args = append(args, end)
	}
	if withSpeaker && q.Speaker != "" {
		b.WriteString(` AND ` + speakerFilter)
		args = append(args, strings.ToLower(q.Speaker))
	}
	return b.String(), args, nil
}

// speakerFilter keeps the paragraphs the speaker (its argument) speaks in.
// Per match, a primary-key probe; "rowid IN (SELECT ...)" let the planner
// start from the speaker's rows and took seconds.
const speakerFilter = `EXISTS (SELECT 1 FROM speaker s WHERE s.name = ? AND s.id = f.rowid)`

// Search does the same work as Readouts' search: top 10 by BM25 with a
// snippet of the text and the title highlighted, then one pass over all
// matches counting speaker, year, month and source. Beside a speaker
// filter, the speaker facet counts as if the filter were not set, the
// others within it, as Readouts counts a filtered facet: the pass is over
// the matches without the filter, each with whether it passes.
func (s *sqlitePeer) Search(ctx context.Context, q Query, size int) (*answer, error) {
	where, args, err := q.where(true)
	if err != nil {
		return nil, err
	}
	ans := &answer{Hits: []answerHit{}, Facets: map[string][]facetCount{}}
	rows, err := s.db.QueryContext(ctx, `SELECT p.pid, p.date, p.source, p.speakers,
		snippet(fts, 0, '<mark>', '</mark>', '…', 40), highlight(fts, 1, '<mark>', '</mark>')
		FROM fts f CROSS JOIN para p ON p.id = f.rowid WHERE `+where+` ORDER BY f.rank LIMIT `+fmt.Sprint(size), args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite top: %w", err)
	}
	for rows.Next() {
		var h answerHit
		var date, source sql.NullString
		var speakers string
		if err := rows.Scan(&h.ID, &date, &source, &speakers, &h.Snippet, &h.Title); err != nil {
			rows.Close()
			return nil, err
		}
		h.Date, h.Source, h.Speakers = date.String, source.String, splitSpeakers(speakers)
		ans.Hits = append(ans.Hits, h)
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}

	where, args, err = q.where(false)
	if err != nil {
		return nil, err
	}
	passes, passArgs := "1", []any(nil)
	if q.Speaker != "" {
		passes, passArgs = speakerFilter, []any{strings.ToLower(q.Speaker)}
	}
	rows, err = s.db.QueryContext(ctx, `SELECT p.year, p.month, p.source, p.speakers, `+passes+`
		FROM fts f CROSS JOIN para p ON p.id = f.rowid WHERE `+where, append(passArgs, args...)...)
	if err != nil {
		return nil, fmt.Errorf("sqlite facets: %w", err)
	}
	defer rows.Close()
	counts := map[string]map[string]int{"speaker": {}, "source": {}, "year": {}, "month": {}}
	var year, month, source sql.NullString
	var speakers string
	var pass bool
	for rows.Next() {
		if err := rows.Scan(&year, &month, &source, &speakers, &pass); err != nil {
			return nil, err
		}
		if !pass {
			for _, sp := range splitSpeakers(speakers) {
				counts["speaker"][sp]++
			}
			continue
		}
		ans.Total++
		if year.Valid {
			counts["year"][year.String]++
		}
		if month.Valid {
			counts["month"][month.String]++
		}
		if source.Valid {
			counts["source"][source.String]++
		}
		for _, sp := range splitSpeakers(speakers) {
			counts["speaker"][sp]++
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for name, c := range counts {
		ans.Facets[name] = topCounts(c, facetSizes[name], name == "year" || name == "month")
	}
	return ans, nil
}

func splitSpeakers(s string) []string {
	if s == "" {
		return []string{}
	}
	return strings.Split(s, speakerSep)
}

// topCounts keeps the n largest counts (ties by value); the timeline facets
// come back in date order.
func topCounts(c map[string]int, n int, byValue bool) []facetCount {
	out := make([]facetCount, 0, len(c))
	for v, k := range c {
		out = append(out, facetCount{v, k})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Value < out[j].Value
	})
	if len(out) > n {
		out = out[:n]
	}
	if byValue {
		sort.Slice(out, func(i, j int) bool { return out[i].Value < out[j].Value })
	}
	return out
}
