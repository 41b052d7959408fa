// Starts Pagefind's search box (the index is written into /pagefind/ at build time).
window.addEventListener("DOMContentLoaded", function () {
  if (typeof PagefindUI === "undefined") {
    document.getElementById("search").textContent = "搜索索引尚未生成。请在安装 pagefind 后重新生成网站。";
    return;
  }
  new PagefindUI({ element: "#search", showSubResults: true, showImages: false });
});
