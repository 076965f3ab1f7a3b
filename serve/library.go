package serve

import (
	"fmt"
	"os"
	"sync"
	"time"

	"figcheck/pipeline"
)

// library holds the newsroom's reference sheets (the --sources folders) in
// memory and re-reads a file when its size or modification time changes, so
// that an editor who saves a new customs table sees it on the next check
// without restarting the server. Files added to or removed from the folders
// are picked up the same way.
type library struct {
	dirs []string

	mu    sync.Mutex
	files map[string]sheetFile // by input name
	gen   int                  // bumped whenever the set or a file's content changes
}

// sheetFile is one reference file as last read.
type sheetFile struct {
	name    string
	path    string
	size    int64
	modTime time.Time
	data    []byte
	err     error
}

// SheetInfo describes one reference file for the page.
type SheetInfo struct {
	Name     string
	Size     int64
	Modified time.Time
	// Error is why the file could not be read from disk, if it could not.
	Error string
}

func newLibrary(dirs []string) (*library, error) {
	for _, d := range dirs {
		st, err := os.Stat(d)
		if err != nil {
			return nil, fmt.Errorf("--sources %s: %w", d, err)
		}
		if !st.IsDir() {
			return nil, fmt.Errorf("--sources %s: not a folder", d)
		}
	}
	return &library{dirs: dirs, files: map[string]sheetFile{}}, nil
}

// snapshot walks the folders, re-reads every file that is new or whose size
// or modification time changed, forgets files that disappeared, and returns
// the current set as in-memory inputs (so a file rewritten during a run
// cannot tear the run), a description of each file for the page, and whether
// anything changed since the previous call.
func (l *library) snapshot() ([]pipeline.Input, []SheetInfo, bool, error) {
	if len(l.dirs) == 0 {
		return nil, nil, false, nil
	}
	found, err := pipeline.CollectPaths(l.dirs)
	if err == pipeline.ErrNoInputs {
		found, err = nil, nil
	}
	if err != nil {
		return nil, nil, false, fmt.Errorf("reference sheets: %w", err)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	changed := false
	seen := make(map[string]bool, len(found))
	inputs := make([]pipeline.Input, 0, len(found))
	infos := make([]SheetInfo, 0, len(found))
	for _, in := range found {
		seen[in.Name] = true
		cur, ok := l.files[in.Name]
		st, statErr := os.Stat(in.Path)
		switch {
		case statErr != nil:
			if !ok || cur.err == nil {
				changed = true
			}
			cur = sheetFile{name: in.Name, path: in.Path, err: statErr}
		case !ok || cur.size != st.Size() || !cur.modTime.Equal(st.ModTime()) || cur.err != nil:
			changed = true
			data, readErr := os.ReadFile(in.Path)
			cur = sheetFile{name: in.Name, path: in.Path, size: st.Size(), modTime: st.ModTime(), data: data, err: readErr}
		}
		l.files[in.Name] = cur
		info := SheetInfo{Name: cur.name, Size: cur.size, Modified: cur.modTime}
		if cur.err != nil {
			info.Error = cur.err.Error()
			// Let the pipeline report the failure like any other unreadable source.
			inputs = append(inputs, in)
		} else {
			inputs = append(inputs, pipeline.BytesInput(cur.name, cur.data))
		}
		infos = append(infos, info)
	}
	for name := range l.files {
		if !seen[name] {
			delete(l.files, name)
			changed = true
		}
	}
	if changed {
		l.gen++
	}
	return inputs, infos, changed, nil
}
