// Reader thread -> BoundedQueue of numbered articles -> N workers -> OrderedQueue -> caller.
// The reader acquires a sequence number (and byte budget) before queueing an article, and the
// caller releases it when it pops the finished document, so at most `max_in_flight` articles
// exist between reading and delivery. Covered by src/cli/process_inputs_test.cc (order under
// random worker delays, bounded window, rejection, exceptions, early stop) and the CLI tests.
#include "cli/process_inputs.h"

#include <atomic>
#include <exception>
#include <optional>
#include <thread>

#include "core/ordered_queue.h"

namespace claimtrace::cli {
namespace {

struct Job {
  uint64_t seq = 0;
  RawArticle article;
};

}  // namespace

int ResolveThreads(int requested) {
  if (requested > 0) return requested;
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

ArticleProcessor ProcessWith(const Pipeline& pipeline) {
  return [&pipeline](RawArticle&& article, DiagnosticSink* diag) {
    return pipeline.Process(std::move(article), diag);
  };
}

Status ProcessInputs(const ArticleProcessor& process, const ProcessOptions& options,
                     DiagnosticSink& diag, const std::function<Status(Document&&)>& on_document,
                     const std::function<void()>& on_idle, ProgressBar* progress,
                     ProcessTotals* totals) {
  const int threads = ResolveThreads(options.threads);
  totals->threads = threads;
  const size_t window =
      options.max_in_flight > 0 ? options.max_in_flight : static_cast<size_t>(4 * threads);
  BoundedQueue<Job> jobs(window);
  OrderedQueue<Result<Document>> results(window, options.max_in_flight_bytes);

  // The reader's stats are written on the reader thread; the caller reads them after join.
  IngestStats read_stats;
  Status read_status;
  std::thread reader([&] {
    auto on_article = [&](RawArticle&& article) {
      std::optional<uint64_t> seq = results.Acquire(article.body.size());
      if (!seq) return;  // cancelled: drop the rest
      jobs.Push(Job{*seq, std::move(article)});
    };
    IngestProgress on_progress;
    if (progress != nullptr && progress->enabled()) {
      on_progress = [progress](const IngestStats& stats, uint64_t total_bytes) {
        progress->SetTotalBytes(total_bytes);
        progress->SetBytes(stats.bytes_read);
      };
    }
    try {
      read_status =
          ReadInputs(options.inputs, options.ingest, diag, on_article, &read_stats, on_progress);
    } catch (const std::exception& e) {
      read_status = InternalError(std::string("internal error while reading: ") + e.what());
    } catch (...) {
      read_status = InternalError("internal error while reading");
    }
    results.Close();
    jobs.Close();
  });

  std::vector<std::thread> workers;
  workers.reserve(threads);
  for (int i = 0; i < threads; ++i) {
    workers.emplace_back([&] {
      while (std::optional<Job> job = jobs.Pop()) {
        std::string source = job->article.source;
        std::optional<Result<Document>> result;
        try {
          result.emplace(process(std::move(job->article), &diag));
        } catch (const std::exception& e) {
          result.emplace(InternalError(std::string("internal error while processing: ") + e.what(),
                                       {.file = source}));
        } catch (...) {
          result.emplace(InternalError("internal error while processing", {.file = source}));
        }
        results.Put(job->seq, std::move(*result));
      }
    });
  }

  Status stop;
  uint64_t delivered = 0;
  uint64_t rejected = 0;
  while (true) {
    std::optional<Result<Document>> item;
    auto state = results.PopFor(options.idle_interval, &item);
    if (state == OrderedQueue<Result<Document>>::PopStatus::kDone) break;
    if (state == OrderedQueue<Result<Document>>::PopStatus::kTimeout) {
      if (on_idle) on_idle();
      continue;
    }
    if (!item->ok()) {
      ++rejected;
      diag.Error(item->status());
      continue;
    }
    Status s = on_document(std::move(*item).value());
    ++delivered;
    if (progress != nullptr) progress->SetDocuments(delivered);
    if (!s.ok()) {
      stop = s;
      results.Cancel();
      jobs.Cancel();
      break;
    }
  }
  reader.join();
  for (std::thread& t : workers) t.join();
  totals->read = read_stats;
  totals->documents = delivered;
  totals->rejected = rejected;
  if (!stop.ok()) return stop;
  return read_status;
}

}  // namespace claimtrace::cli
