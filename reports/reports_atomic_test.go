package reports

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestWriteFileAtomicDevice: a device such as /dev/null is written in place,
// never replaced by a regular file; a directory is refused.
func TestWriteFileAtomicDevice(t *testing.T) {
	if _, err := os.Stat(os.DevNull); err != nil {
		t.Skip("no", os.DevNull)
	}
	if err := WriteFileAtomic(os.DevNull, func(w io.Writer) error { _, err := io.WriteString(w, "x"); return err }); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(os.DevNull)
	if err != nil || st.Mode().IsRegular() {
		t.Fatalf("%s became a regular file (%v)", os.DevNull, err)
	}
	dir := t.TempDir()
	if err := WriteFileAtomic(dir, func(io.Writer) error { return nil }); err == nil {
		t.Error("writing over a directory succeeded")
	}
	entries, _ := os.ReadDir(filepath.Dir(dir))
	for _, e := range entries {
		if filepath.Ext(e.Name()) == ".tmp" {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}
