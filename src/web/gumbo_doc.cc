// Arena for gumbo: blocks of 256 KiB (or the request size when larger), bump allocation
// aligned to 16 bytes, no-op frees. Blocks return to a per-thread cache of at most 32 MiB when
// the document is destroyed. Covered by src/web/gumbo_doc_test.cc.
#include "web/gumbo_doc.h"

#include <strings.h>

#include <cstdlib>
#include <vector>

namespace claimtrace::web {
namespace {

constexpr size_t kBlockSize = 256 * 1024;
constexpr size_t kMaxCachedBytes = 32u << 20;

struct Block {
  char* data;
  size_t size;
};

// Blocks kept for the next document parsed on this thread.
struct BlockCache {
  std::vector<Block> blocks;
  size_t bytes = 0;
  ~BlockCache() {
    for (Block& b : blocks) std::free(b.data);
  }
};

thread_local BlockCache block_cache;

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena() {
    for (Block& b : blocks_) {
      if (b.size == kBlockSize && block_cache.bytes + b.size <= kMaxCachedBytes) {
        block_cache.blocks.push_back(b);
        block_cache.bytes += b.size;
      } else {
        std::free(b.data);
      }
    }
  }

  void* Allocate(size_t n) {
    n = (n + 15) & ~size_t{15};
    if (n > left_) NewBlock(n);
    void* p = cursor_;
    cursor_ += n;
    left_ -= n;
    used_ += n;
    return p;
  }

  size_t used() const { return used_; }

 private:
  void NewBlock(size_t n) {
    Block b{nullptr, 0};
    if (n <= kBlockSize && !block_cache.blocks.empty()) {
      b = block_cache.blocks.back();
      block_cache.blocks.pop_back();
      block_cache.bytes -= b.size;
    } else {
      b.size = n > kBlockSize ? n : kBlockSize;
      b.data = static_cast<char*>(std::malloc(b.size));
      if (b.data == nullptr) std::abort();  // out of memory: nothing sensible to do
    }
    blocks_.push_back(b);
    cursor_ = b.data;
    left_ = b.size;
  }

  std::vector<Block> blocks_;
  char* cursor_ = nullptr;
  size_t left_ = 0;
  size_t used_ = 0;
};

void* ArenaAllocate(void* userdata, size_t size) {
  return static_cast<Arena*>(userdata)->Allocate(size);
}
void ArenaFree(void* /*userdata*/, void* /*ptr*/) {}

}  // namespace

struct ParsedHtml::Impl {
  Arena arena;
  GumboOutput* output = nullptr;
};

ParsedHtml::ParsedHtml() : impl_(std::make_unique<Impl>()) {}
ParsedHtml::ParsedHtml(ParsedHtml&&) noexcept = default;
ParsedHtml& ParsedHtml::operator=(ParsedHtml&&) noexcept = default;
ParsedHtml::~ParsedHtml() = default;

ParsedHtml ParsedHtml::Parse(std::string_view html) {
  ParsedHtml doc;
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = ArenaAllocate;
  options.deallocator = ArenaFree;
  options.userdata = &doc.impl_->arena;
  options.max_errors = 0;
  doc.impl_->output = gumbo_parse_with_options(&options, html.data(), html.size());
  return doc;
}

const GumboNode* ParsedHtml::root() const { return impl_->output->root; }
const GumboNode* ParsedHtml::document() const { return impl_->output->document; }
size_t ParsedHtml::arena_bytes() const { return impl_->arena.used(); }

const char* GetAttr(const GumboNode* node, const char* name) {
  if (node == nullptr || node->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboVector& attrs = node->v.element.attributes;
  for (unsigned i = 0; i < attrs.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
    if (strcasecmp(a->name, name) == 0) return a->value;
  }
  return nullptr;
}

GumboTag TagOf(const GumboNode* node) {
  if (node == nullptr || node->type != GUMBO_NODE_ELEMENT) return GUMBO_TAG_UNKNOWN;
  return node->v.element.tag;
}

}  // namespace claimtrace::web
