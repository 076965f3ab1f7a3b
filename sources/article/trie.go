package article

import "sort"

// byteTrie indexes a fixed list of phrases by their bytes, so that every
// phrase starting at a position of a text is found in one walk down the
// trie, however many phrases there are. Phrases that end at a node are kept
// in the order they were added.
//
// The layout keeps a walk's memory reads few and close together: the edge
// that leads to a node says where the node's own edges are and whether
// phrases end there, so each step of a walk reads one short run of edges.
type byteTrie struct {
	root  [256]trieEdge // the root's edges, by byte
	edges []trieEdge    // the edges of every other node, sorted by byte per node
	idLo  []int32       // phrases ending at node n: ids[idLo[n]:idLo[n+1]]
	ids   []int32
	depth int // the length of the longest key
}

// trieEdge leads to a node: edges[lo:lo+n] are the node's own edges.
type trieEdge struct {
	b    byte   // the byte the edge reads
	n    uint16 // number of the node's edges
	lo   int32  // first of the node's edges
	node int32  // the node, with trieEnds set when phrases end there; 0: no edge
}

// trieEnds marks a node at which phrases end.
const trieEnds = 1 << 30

// maxTrieDepth is the room for phrase ends that callers keep on the stack
// (ends); a trie with longer keys (a user's glossary may have them) gets a
// larger buffer from endsBuffer.
const maxTrieDepth = 96

// newByteTrie builds the trie of keys; key k gets id k.
func newByteTrie(keys []string) *byteTrie {
	type building struct {
		kids map[byte]int32
		ids  []int32
	}
	bs := []building{{kids: map[byte]int32{}}}
	for k, key := range keys {
		if len(key) == 0 {
			panic("article: empty trie key")
		}
		n := int32(0)
		for d := 0; d < len(key); d++ {
			next, ok := bs[n].kids[key[d]]
			if !ok {
				next = int32(len(bs))
				bs = append(bs, building{kids: map[byte]int32{}})
				bs[n].kids[key[d]] = next
			}
			n = next
		}
		bs[n].ids = append(bs[n].ids, int32(k))
	}
	depth := 0
	for _, key := range keys {
		depth = max(depth, len(key))
	}
	if len(bs) >= trieEnds {
		panic("article: trie too large")
	}
	// lay out each node's edges in one run, sorted by byte
	sorted := make([][]int, len(bs))
	lo := make([]int32, len(bs))
	total := int32(0)
	for k, b := range bs {
		cs := make([]int, 0, len(b.kids))
		for c := range b.kids {
			cs = append(cs, int(c))
		}
		sort.Ints(cs)
		sorted[k] = cs
		if k > 0 {
			lo[k] = total
			total += int32(len(cs))
		}
	}
	t := &byteTrie{edges: make([]trieEdge, 0, total), idLo: make([]int32, len(bs)+1), depth: depth}
	edge := func(c byte, n int32) trieEdge {
		e := trieEdge{b: c, n: uint16(len(sorted[n])), lo: lo[n], node: n}
		if len(bs[n].ids) > 0 {
			e.node |= trieEnds
		}
		return e
	}
	for k := range bs {
		for _, c := range sorted[k] {
			e := edge(byte(c), bs[k].kids[byte(c)])
			if k == 0 {
				t.root[c] = e
			} else {
				t.edges = append(t.edges, e)
			}
		}
		t.idLo[k] = int32(len(t.ids))
		t.ids = append(t.ids, bs[k].ids...)
	}
	t.idLo[len(bs)] = int32(len(t.ids))
	return t
}

// endsBuffer returns room for the phrase ends of one walk: buf when it is
// large enough, else a new slice.
func (t *byteTrie) endsBuffer(buf *[maxTrieDepth]int32) []int32 {
	if t.depth <= len(buf) {
		return buf[:]
	}
	return make([]int32, t.depth)
}

// phrasesAt returns the ids of the phrases that end at node n.
func (t *byteTrie) phrasesAt(n int32) []int32 { return t.ids[t.idLo[n]:t.idLo[n+1]] }

// walk records in ends, shortest first, the nodes along s[i:] at which
// phrases end, and returns how many there are; ends must come from
// endsBuffer.
func (t *byteTrie) walk(s string, i int, ends []int32) int {
	if i >= len(s) {
		return 0
	}
	e := t.root[s[i]]
	k := 0
	for j := i + 1; e.node != 0; j++ {
		if e.node&trieEnds != 0 {
			ends[k] = e.node &^ trieEnds
			k++
		}
		if j >= len(s) || e.n == 0 {
			break
		}
		c := s[j]
		es := t.edges[e.lo : e.lo+int32(e.n)]
		e = trieEdge{}
		for _, x := range es {
			if x.b >= c {
				if x.b == c {
					e = x
				}
				break
			}
		}
	}
	return k
}
