-- vigilint for Neovim: starts `vigilint serve` for the filetypes it analyses.
-- Works on Neovim 0.7 (vim.lsp.start_client) and 0.8+ (vim.lsp.start).
--
--   require("vigilint").setup({
--     cmd = { "vigilint", "serve" },          -- or a full path
--     settings = { fail_on = "P1", server = { debounce_ms = 100 } },
--   })
local M = {}

M.filetypes = {
  "python", "javascript", "javascriptreact", "typescript", "typescriptreact", "go", "java",
  "yaml", "json", "jsonc", "toml", "terraform", "hcl", "sh", "bash", "zsh", "dockerfile",
  "markdown", "text", "conf", "dotenv", "properties",
}

M.root_markers = { ".git", ".vigilint", ".vigilint.toml", "pyproject.toml" }

local clients = {} -- root dir -> client id (Neovim 0.7 path)

local function find_root(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  local dir = name ~= "" and vim.fn.fnamemodify(name, ":p:h") or vim.loop.cwd()
  while dir and dir ~= "" do
    for _, marker in ipairs(M.root_markers) do
      if vim.loop.fs_stat(dir .. "/" .. marker) then
        return dir
      end
    end
    local parent = vim.fn.fnamemodify(dir, ":h")
    if parent == dir then
      break
    end
    dir = parent
  end
  return vim.loop.cwd()
end

local function config_for(root, opts)
  local settings = opts.settings or {}
  return {
    name = "vigilint",
    cmd = opts.cmd or { "vigilint", "serve" },
    root_dir = root,
    init_options = settings,
    settings = { vigilint = settings },
    on_attach = opts.on_attach,
  }
end

function M.attach(bufnr, opts)
  opts = opts or {}
  if vim.fn.executable((opts.cmd or { "vigilint" })[1]) ~= 1 then
    vim.notify_once("vigilint: `" .. (opts.cmd or { "vigilint" })[1] ..
      "` not found; install it with `pip install vigilint`", vim.log.levels.WARN)
    return
  end
  local root = find_root(bufnr)
  if vim.lsp.start then
    vim.lsp.start(config_for(root, opts), { bufnr = bufnr })
    return
  end
  local id = clients[root]
  if id == nil or vim.lsp.get_client_by_id(id) == nil then
    id = vim.lsp.start_client(config_for(root, opts))
    clients[root] = id
  end
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
end

function M.setup(opts)
  opts = opts or {}
  local group = vim.api.nvim_create_augroup("vigilint", { clear = true })
  vim.api.nvim_create_autocmd("FileType", {
    group = group,
    pattern = opts.filetypes or M.filetypes,
    callback = function(args)
      M.attach(args.buf, opts)
    end,
  })
end

return M
