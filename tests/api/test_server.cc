// The in-process test server and a minimal blocking HTTP/1.1 client over a loopback socket
// (Connection: close, read until EOF), so tests control every byte of the request.
#include "test_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <atomic>
#include <fstream>

#include "claimtrace/store.h"
#include "store/test_documents.h"

namespace claimtrace::testing {
namespace {

ByteSpan Find(const std::string& text, std::string_view needle) {
  size_t at = text.find(needle);
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

Document AboutDocument() {
  Document doc;
  doc.text = "Officials said Kravets had resigned from the council. Power returned at 9 pm.";
  doc.id = DocumentId(doc.text);
  doc.source = "test/about.txt";
  doc.outlet = "Valley Post";
  doc.title = "Mayor resigns";
  doc.published = "2024-04-01";
  doc.entities.push_back({.id = "e1",
                          .name = "Ilona Kravets",
                          .type = EntityType::kPerson,
                          .mentions = {Find(doc.text, "Kravets")}});
  Statement st;
  st.content = Find(doc.text, "Kravets had resigned from the council");
  st.cue = Find(doc.text, "said");
  st.speaker = {.span = Find(doc.text, "Officials"), .kind = SpeakerKind::kAnonymousOfficial};
  doc.statements.push_back(st);
  return doc;
}

std::atomic<int> counter{0};

}  // namespace

TestServer::TestServer() {
  dir_ = std::filesystem::temp_directory_path() /
         ("ct_api_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
  std::filesystem::remove_all(dir_);
  std::filesystem::create_directories(dir_ / "web" / "assets");
  std::ofstream(dir_ / "web" / "index.html") << "<!doctype html><title>claimtrace</title>";
  std::ofstream(dir_ / "web" / "assets" / "app.js") << "console.log(1)";
  std::ofstream(dir_ / "secret.txt") << "TOP SECRET";
  std::filesystem::create_symlink(dir_ / "secret.txt", dir_ / "web" / "leak.txt");
}

TestServer::~TestServer() {
  Stop();
  std::filesystem::remove_all(dir_);
}

bool TestServer::Start(int documents, int query_timeout_ms) {
  {
    auto store = Store::Open(db());
    if (!store.ok()) return false;
    BatchWriter writer(store->get());
    for (int i = 0; i < documents; ++i) {
      if (!writer.Add(store::MakeAnnotatedDocument(i)).ok()) return false;
    }
    if (!writer.Add(AboutDocument()).ok() || !writer.Flush().ok()) return false;
  }
  ServerOptions options;
  options.db = db();
  options.port = 0;
  options.threads = 4;
  options.static_dir = (dir_ / "web").string();
  options.max_body_bytes = 1024;
  options.read_timeout_s = 2;
  options.query_timeout_ms = query_timeout_ms;
  auto server = Server::Create(options);
  if (!server.ok() || !(*server)->Listen().ok()) return false;
  server_ = std::move(*server);
  thread_ = std::thread([this] { server_->Run().IgnoreError(); });
  return true;
}

void TestServer::Stop() {
  if (server_) server_->Stop();
  if (thread_.joinable()) thread_.join();
}

HttpReply TestServer::Raw(const std::string& request) const {
  HttpReply reply;
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return reply;
  timeval tv{.tv_sec = 10, .tv_usec = 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port()));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return reply;
  }
  size_t sent = 0;
  while (sent < request.size()) {
    ssize_t n = ::send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;  // the server may close early (e.g. 413): read what it said
    sent += static_cast<size_t>(n);
  }
  std::string in;
  char buf[8192];
  // Read until EOF, or until the body announced by Content-Length is complete (the server may
  // keep the connection open after an error reply).
  while (true) {
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;
    in.append(buf, static_cast<size_t>(n));
    size_t end = in.find("\r\n\r\n");
    size_t cl = in.find("Content-Length: ");
    if (end != std::string::npos && cl != std::string::npos && cl < end) {
      size_t length = std::strtoul(in.c_str() + cl + 16, nullptr, 10);
      if (in.size() >= end + 4 + length) break;
    }
  }
  ::close(fd);
  size_t head_end = in.find("\r\n\r\n");
  if (in.rfind("HTTP/1.1 ", 0) != 0 || head_end == std::string::npos) return reply;
  reply.status = std::atoi(in.c_str() + 9);
  reply.headers = in.substr(0, head_end);
  reply.body = in.substr(head_end + 4);
  return reply;
}

HttpReply TestServer::Get(const std::string& target, const std::string& extra_headers) const {
  return Raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port()) +
             "\r\nConnection: close\r\n" + extra_headers + "\r\n");
}

}  // namespace claimtrace::testing
