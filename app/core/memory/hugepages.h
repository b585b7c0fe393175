// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

// Asks the kernel to back a large block with 2 MiB pages when it is first written. One fault
// per 4 KiB page is most of the cost of filling a fresh block of a hundred megabytes (a list of
// services, say), and far more so in a virtual machine. Call it before the block is written; it
// is only advice, and does nothing where it is not supported. The advice stays with the
// addresses: once the block is freed, what the heap puts there later may get huge pages too.
namespace HugePages {
void prefer(const void *block, std::size_t bytes);

// The same advice for the heap the calling thread allocates from, when that is a heap of a
// worker thread's own arena (glibc's malloc on 64-bit only): a worker that fills many small
// blocks (the texts of the services it parses) calls it before it starts. A heap the thread
// moves on to is advised at its next call.
void preferForThisThread();

// Makes the heaps of worker threads able to take that advice: glibc makes a new heap writable
// up to M_TOP_PAD bytes and grows it a page at a time after, and a 2 MiB page only fits where
// a whole one is writable. Raising it to a heap's size costs address space, not memory; the
// heaps keep up to that much of what they free for reuse. Call it in main, before any thread
// starts.
void growThreadHeapsWhole();

// Gives the system back the pages the heaps keep of what was freed, after a large piece of work
// whose memory the heaps do not reuse at once. The system hands those pages out again first; on a
// virtual machine that reports free memory to its host, far faster than pages it has not used
// lately. A large block filled from other blocks, each freed once copied (the lists of the panels
// merged into one), is so given the pages of the blocks freed before.
void releaseFreed();

// Has the system hand over the pages of a fresh block on all cores at once, before one thread
// fills it: zeroing them, on first touch, is most of what filling fresh memory costs.
void populate(void *block, std::size_t bytes);

// Reserves room for `count` items in `list` (a QList or std::vector), on huge pages if large.
template<typename List, typename Count> void reserve(List &list, Count count)
{
    list.reserve(count);
    prefer(list.data(), std::size_t(list.capacity()) * sizeof(*list.data()));
}
} // namespace HugePages
