//! An iterator read ahead on a thread of its own, a few hundred items at a time: what the
//! summary index gives (a line parsed per file) is ready when the walk of the files asks.

use std::sync::mpsc::{Receiver, sync_channel};
use std::vec::IntoIter;

/// How many items go together: a channel's cost per item is then negligible.
const CHUNK: usize = 256;
/// How many chunks may wait: enough to keep the reader busy, bounded in memory.
const WAITING: usize = 16;

/// The items of an iterator produced on another thread, in order.
pub(crate) struct Ahead<T> {
    chunks: Receiver<Vec<T>>,
    current: IntoIter<T>,
}

/// Starts reading `items` on a thread; dropping the [`Ahead`] stops it at its next chunk.
pub(crate) fn ahead<I>(items: I) -> Ahead<I::Item>
where
    I: Iterator + Send + 'static,
    I::Item: Send + 'static,
{
    let (send, chunks) = sync_channel(WAITING);
    std::thread::spawn(move || {
        let mut items = items.fuse();
        loop {
            let chunk: Vec<_> = items.by_ref().take(CHUNK).collect();
            if chunk.is_empty() || send.send(chunk).is_err() {
                return;
            }
        }
    });
    Ahead {
        chunks,
        current: Vec::new().into_iter(),
    }
}

impl<T> Iterator for Ahead<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        loop {
            if let Some(item) = self.current.next() {
                return Some(item);
            }
            self.current = self.chunks.recv().ok()?.into_iter();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ahead;

    #[test]
    fn every_item_comes_in_order_and_a_dropped_reader_stops() {
        let items: Vec<u32> = ahead(0..10_000u32).collect();
        assert_eq!(items, (0..10_000).collect::<Vec<_>>());
        assert_eq!(ahead(std::iter::empty::<u8>()).count(), 0);
        let mut early = ahead(0..u64::MAX);
        assert_eq!(early.nth(3), Some(3));
        drop(early);
    }
}
