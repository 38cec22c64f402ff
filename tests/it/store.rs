//! The data folder's promises: data safety (crashes, races, full disks, permissions), hostile
//! files, attacks from links, pipes and names, and the summary cache that is only ever a cache.

mod copies;
mod data_safety;
mod forgetting;
mod hostile_files;
mod interrupted;
mod long_names;
mod notes_on_results;
mod shared_files;
mod summary_cache;
mod summary_index;
mod under_attack;
