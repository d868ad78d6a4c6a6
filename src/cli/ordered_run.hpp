// Work on many inputs on several threads, with the results taken in input order as soon as each
// is ready: output streams in the order given, and only a window of results waits in memory.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace nianbao::cli {

// Calls produce(i) for every i below n on `jobs` threads and consume(i, result) on the calling
// thread, in order of i. Workers run at most a few results ahead of consume. An exception from
// either stops the run and is rethrown here once every thread has stopped.
template <typename Result, typename Produce, typename Consume>
void run_in_order(std::size_t n, unsigned jobs, Produce produce, Consume consume) {
  if (jobs <= 1 || n <= 1) {
    for (std::size_t i = 0; i < n; ++i) consume(i, produce(i));
    return;
  }
  const std::size_t window = std::size_t{jobs} * 4;
  std::vector<std::optional<Result>> ready(n);
  std::mutex mutex;
  std::condition_variable done;  // a result is ready, or a worker failed
  std::condition_variable room;  // consume took one: a worker may start another
  std::size_t next = 0;
  std::size_t consumed = 0;
  bool stop = false;
  std::exception_ptr failure;
  const auto work = [&] {
    for (;;) {
      std::size_t i = 0;
      {
        std::unique_lock lock(mutex);
        room.wait(lock, [&] { return stop || next >= n || next < consumed + window; });
        if (stop || next >= n) return;
        i = next++;
      }
      try {
        Result r = produce(i);
        const std::lock_guard lock(mutex);
        ready[i].emplace(std::move(r));
      } catch (...) {
        const std::lock_guard lock(mutex);
        if (!failure) failure = std::current_exception();
        stop = true;
      }
      done.notify_all();
    }
  };
  std::vector<std::thread> pool;
  const auto finish = [&] {
    {
      const std::lock_guard lock(mutex);
      stop = true;
    }
    room.notify_all();
    for (std::thread& t : pool) t.join();
  };
  for (std::size_t j = 0; j < std::min<std::size_t>(jobs, n); ++j) pool.emplace_back(work);
  try {
    for (std::size_t i = 0; i < n; ++i) {
      std::optional<Result> r;
      {
        std::unique_lock lock(mutex);
        done.wait(lock, [&] { return ready[i].has_value() || failure; });
        if (!ready[i]) break;
        r.swap(ready[i]);
        consumed = i + 1;
      }
      room.notify_all();
      consume(i, std::move(*r));
    }
  } catch (...) {
    finish();
    throw;
  }
  finish();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace nianbao::cli
