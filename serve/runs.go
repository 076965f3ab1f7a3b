package serve

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"sync"
	"time"

	"figcheck/pipeline"
	"figcheck/reports"
)

// run is one finished check kept so that its page can be shown again and its
// Excel report downloaded.
type run struct {
	ID      string
	Created time.Time
	Text    string // the pasted article, for the form
	Date    string
	Result  *pipeline.Result
	Sheets  []SheetInfo
	// originals holds the submitted text of .txt/.md articles for display.
	originals map[string]string

	xlsxOnce sync.Once
	xlsx     []byte
	xlsxErr  error
}

// report renders the run's Excel report once, on first download, in memory.
func (r *run) report() ([]byte, error) {
	r.xlsxOnce.Do(func() {
		var buf bytes.Buffer
		r.xlsxErr = reports.WriteXLSXTo(&buf, r.Result, reports.XLSXOptions{})
		r.xlsx = buf.Bytes()
	})
	return r.xlsx, r.xlsxErr
}

// runStore keeps the last max runs, forgetting the oldest first.
type runStore struct {
	mu    sync.Mutex
	max   int
	order []string
	runs  map[string]*run
}

func newRunStore(max int) *runStore {
	return &runStore{max: max, runs: make(map[string]*run)}
}

// add stores r under a fresh random id and returns the id.
func (s *runStore) add(r *run) string {
	r.ID = newID()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.runs[r.ID] = r
	s.order = append(s.order, r.ID)
	for len(s.order) > s.max {
		delete(s.runs, s.order[0])
		s.order = s.order[1:]
	}
	return r.ID
}

// get returns the run with the given id, if it is still kept.
func (s *runStore) get(id string) (*run, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.runs[id]
	return r, ok
}

// newID returns 128 random bits in hex: run ids are unguessable, so one
// editor's report cannot be fetched by counting.
func newID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("crypto/rand failed: " + err.Error()) // never happens on supported platforms
	}
	return hex.EncodeToString(b[:])
}
