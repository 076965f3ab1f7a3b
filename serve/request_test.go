package serve

import (
	"bytes"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"unicode/utf8"
)

func TestUploadName(t *testing.T) {
	tests := []struct {
		raw  string
		want string
	}{
		{"chips.txt", "chips.txt"},
		{`C:\Users\ed\Desktop\customs.xlsx`, "customs.xlsx"},
		{"../../etc/passwd.csv", "passwd.csv"},
		{"a\x00b\nc.md", "abc.md"},
		{"", "upload-3.txt"},
		{"..", "upload-3.txt"},
		{"  spaced.txt ", "spaced.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.raw, func(t *testing.T) {
			if got := uploadName(tt.raw, 3); got != tt.want {
				t.Errorf("uploadName(%q) = %q, want %q", tt.raw, got, tt.want)
			}
		})
	}
}

func TestUniqueName(t *testing.T) {
	taken := map[string]bool{PastedName: true}
	var got []string
	for _, n := range []string{"a.txt", "a.txt", PastedName, "a.txt", "b.csv"} {
		got = append(got, uniqueName(n, taken))
	}
	want := []string{"a.txt", "a-2.txt", "pasted-article-2.txt", "a-3.txt", "b.csv"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("names %q, want %q", got, want)
			break
		}
	}
}

func TestSizeLabel(t *testing.T) {
	for n, want := range map[int64]string{20 << 20: "20 MiB", 4 << 10: "4 KiB", 100: "100 bytes", 3<<20 + 1<<19: "3.5 MiB"} {
		if got := sizeLabel(n); got != want {
			t.Errorf("sizeLabel(%d) = %q, want %q", n, got, want)
		}
	}
}

// FuzzParseCheckRequest feeds arbitrary bodies under each content type: the
// parser must never panic, must answer every failure with a request error
// (400 or 413), and must only accept requests with something to check.
func FuzzParseCheckRequest(f *testing.F) {
	f.Add("application/json", []byte(`{"text":"Exports rose 5%.","date":"2024-05-10"}`))
	f.Add("application/json", []byte(`{"text":`))
	f.Add("application/x-www-form-urlencoded", []byte("text=Exports+rose+5%25&date=2024-05-10"))
	f.Add("multipart/form-data; boundary=XX", []byte("--XX\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nExports 5%\r\n--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nx,y\r\n--XX--\r\n"))
	f.Add("multipart/form-data; boundary=XX", []byte("--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\n\r\n\r\n--XX--\r\n"))
	f.Add("multipart/form-data", []byte("--XX--"))
	f.Add("text/plain", []byte("hello"))
	f.Fuzz(func(t *testing.T, ct string, body []byte) {
		r := httptest.NewRequest("POST", "/api/check", bytes.NewReader(body))
		r.Header.Set("Content-Type", ct)
		r.Body = http.MaxBytesReader(httptest.NewRecorder(), r.Body, 1<<16)
		req, err := parseCheckRequest(r)
		if err != nil {
			var re *requestError
			if !errors.As(err, &re) || (re.Status != 400 && re.Status != 413) || re.Msg == "" {
				t.Fatalf("error %v is not a 400/413 request error", err)
			}
			return
		}
		if req.Text == "" && len(req.Files) == 0 {
			t.Fatalf("accepted a request with nothing to check")
		}
		if !utf8.ValidString(req.Text) {
			t.Fatalf("accepted invalid UTF-8 text")
		}
		if req.DateText != "" && req.Date.IsZero() {
			t.Fatalf("date %q accepted but not parsed", req.DateText)
		}
		for _, u := range req.Files {
			if u.Name == "" || bytes.ContainsAny([]byte(u.Name), "/\\\x00") {
				t.Fatalf("unsafe upload name %q", u.Name)
			}
		}
	})
}
