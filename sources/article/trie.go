package article

import "sort"

// byteTrie indexes a fixed list of phrases by their bytes, so that every
// phrase starting at a position of a text is found in one walk down the
// trie, however many phrases there are. Phrases that end at a node are kept
// in the order they were added.
type byteTrie struct {
	root  [256]int32 // child of the root per byte; 0: none
	nodes []trieNode // nodes[0] is the root
	edges []trieEdge // children of the nodes other than the root, sorted by byte per node
	dense []int32    // 256 children per node with many children: nodes[k].dense indexes it
	ids   []int32    // phrase ids ending at each node, nodes[k].ids indexes into it
}

type trieNode struct {
	dense          int32 // children: dense[dense:dense+256] when >= 0
	edgeLo, edgeHi int32 // else children: edges[edgeLo:edgeHi]
	idLo, idHi     int32 // phrases ending here: ids[idLo:idHi]
}

type trieEdge struct {
	b     byte
	child int32
}

// denseChildren is the number of children from which a node looks its
// children up in a table rather than a list.
const denseChildren = 6

// maxTrieDepth bounds the phrases a trie walk reports; longer phrases are
// never reported (none of the vocabularies comes close).
const maxTrieDepth = 96

// newByteTrie builds the trie of keys; key k gets id k.
func newByteTrie(keys []string) *byteTrie {
	type building struct {
		kids map[byte]int32
		ids  []int32
	}
	bs := []building{{}}
	var root [256]int32
	for k, key := range keys {
		if len(key) == 0 || len(key) > maxTrieDepth {
			panic("article: trie key length out of range: " + key)
		}
		n := int32(0)
		for d := 0; d < len(key); d++ {
			c := key[d]
			var next int32
			if n == 0 {
				next = root[c]
			} else {
				next = bs[n].kids[c]
			}
			if next == 0 {
				next = int32(len(bs))
				bs = append(bs, building{})
				if n == 0 {
					root[c] = next
				} else {
					if bs[n].kids == nil {
						bs[n].kids = map[byte]int32{}
					}
					bs[n].kids[c] = next
				}
			}
			n = next
		}
		bs[n].ids = append(bs[n].ids, int32(k))
	}
	t := &byteTrie{root: root, nodes: make([]trieNode, len(bs))}
	for k, b := range bs {
		nd := &t.nodes[k]
		nd.edgeLo = int32(len(t.edges))
		var cs []int
		for c := range b.kids {
			cs = append(cs, int(c))
		}
		sort.Ints(cs)
		for _, c := range cs {
			t.edges = append(t.edges, trieEdge{b: byte(c), child: b.kids[byte(c)]})
		}
		nd.edgeHi = int32(len(t.edges))
		nd.dense = -1
		if len(cs) >= denseChildren {
			nd.dense = int32(len(t.dense))
			t.dense = append(t.dense, make([]int32, 256)...)
			for _, c := range cs {
				t.dense[int(nd.dense)+c] = b.kids[byte(c)]
			}
		}
		nd.idLo = int32(len(t.ids))
		t.ids = append(t.ids, b.ids...)
		nd.idHi = int32(len(t.ids))
	}
	return t
}

// child returns the child of node n along byte c, or 0.
func (t *byteTrie) child(n int32, c byte) int32 {
	if n == 0 {
		return t.root[c]
	}
	nd := &t.nodes[n]
	if nd.dense >= 0 {
		return t.dense[int(nd.dense)+int(c)]
	}
	for e := nd.edgeLo; e < nd.edgeHi; e++ {
		if eb := t.edges[e].b; eb >= c {
			if eb == c {
				return t.edges[e].child
			}
			return 0
		}
	}
	return 0
}

// walk records in ends the nodes, in order of depth, at which a phrase ends
// along s[i:], and returns how many there are. depth[k] is the length of
// the phrases ending at ends[k].
func (t *byteTrie) walk(s string, i int, ends *[maxTrieDepth]int32, depth *[maxTrieDepth]int32) int {
	n := int32(0)
	k := 0
	for j := i; j < len(s); j++ {
		n = t.child(n, s[j])
		if n == 0 {
			break
		}
		if nd := &t.nodes[n]; nd.idHi > nd.idLo {
			ends[k] = n
			depth[k] = int32(j + 1 - i)
			k++
		}
	}
	return k
}
