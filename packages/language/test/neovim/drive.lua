-- Drives Neovim's own LSP client (configured by init.lua) against cjourney-language-server,
-- headless, as a user would, and writes what each step saw to $CJ_RESULTS as JSON: an
-- observation, or { error = ... }. The assertions are in neovim.test.ts. Written for the
-- oldest Neovim it supports (0.7: no vim.lsp.buf.format, no code_action apply).
local results = {}
local TIMEOUT = 20000

local function step(name, fn)
  local ok, value = pcall(fn)
  results[name] = ok and value or { error = tostring(value) }
end

local function wait(what, predicate)
  if not vim.wait(TIMEOUT, predicate, 50) then
    error('timed out waiting for ' .. what)
  end
end

local function lines(buf)
  return vim.api.nvim_buf_get_lines(buf, 0, -1, false)
end

-- 0-based line and character of `needle` (+ shift); the files are ASCII, so bytes are UTF-16 units.
local function position_of(buf, needle, shift)
  for index, line in ipairs(lines(buf)) do
    local column = line:find(needle, 1, true)
    if column then
      return { line = index - 1, character = column - 1 + (shift or 0) }
    end
  end
  error('not in the buffer: ' .. needle)
end

local function at(buf, needle, shift)
  return { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = position_of(buf, needle, shift) }
end

local function put_cursor(buf, needle, shift)
  local position = position_of(buf, needle, shift)
  vim.api.nvim_win_set_cursor(0, { position.line + 1, position.character })
end

local function request(buf, method, params)
  local answers, err = vim.lsp.buf_request_sync(buf, method, params, TIMEOUT)
  for _, answer in pairs(answers or {}) do
    if answer.error then
      error(method .. ': ' .. vim.inspect(answer.error))
    end
    return answer.result
  end
  error(method .. ': no answer ' .. tostring(err))
end

local function messages(buf)
  local found = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(buf)) do
    table.insert(found, diagnostic.message)
  end
  table.sort(found)
  return found
end

local function mentions(buf, text)
  for _, message in ipairs(messages(buf)) do
    if message:find(text, 1, true) then
      return true
    end
  end
  return false
end

local function buffer_names()
  local names = {}
  for _, buf in ipairs(vim.api.nvim_list_bufs()) do
    table.insert(names, vim.api.nvim_buf_get_name(buf))
  end
  return names
end

vim.cmd('edit retail.cjourney')
local retail = vim.api.nvim_get_current_buf()

step('diagnostics', function()
  wait('diagnostics', function() return #vim.diagnostic.get(retail) > 0 end)
  return messages(retail)
end)

step('completion', function()
  local result = request(retail, 'textDocument/completion', at(retail, 'owner StoreTeam', #'owner '))
  local labels = {}
  for _, item in ipairs(result.items or result) do
    table.insert(labels, item.label)
  end
  return labels
end)

step('hover', function()
  return request(retail, 'textDocument/hover', at(retail, 'channel store', #'channel ')).contents.value
end)

step('definition', function()
  put_cursor(retail, 'owner StoreTeam', #'owner ')
  vim.lsp.buf.definition()
  wait('the jump to the definition', function() return vim.api.nvim_buf_get_name(0):find('stakeholders.cjourney$') ~= nil end)
  local file, cursor = vim.api.nvim_buf_get_name(0), vim.api.nvim_win_get_cursor(0)
  vim.cmd('buffer ' .. retail)
  return { file = file, line = cursor[1] - 1, character = cursor[2] }
end)

step('builtin_definition', function()
  vim.v.errmsg = ''
  local result = request(retail, 'textDocument/definition', at(retail, 'channel store', #'channel '))
  -- Neovim's own handler runs on the answer (it raised a Lua error on a builtin: URI); the
  -- wrapper only tells when it has run, and what it raised.
  local original, handled, raised = vim.lsp.handlers['textDocument/definition'], false, vim.NIL
  vim.lsp.handlers['textDocument/definition'] = function(...)
    local ok, err = pcall(original, ...)
    handled, raised = true, ok and vim.NIL or tostring(err)
  end
  put_cursor(retail, 'channel store', #'channel ')
  vim.lsp.buf.definition()
  wait("Neovim's definition handler", function() return handled end)
  vim.lsp.handlers['textDocument/definition'] = original
  return { result = result or vim.NIL, current = vim.api.nvim_buf_get_name(0), buffers = buffer_names(), errmsg = vim.v.errmsg, raised = raised }
end)

step('references', function()
  local params = at(retail, 'owner StoreTeam', #'owner ')
  params.context = { includeDeclaration = true }
  local files = {}
  for _, location in ipairs(request(retail, 'textDocument/references', params)) do
    table.insert(files, vim.fn.fnamemodify(vim.uri_to_fname(location.uri), ':t'))
  end
  table.sort(files)
  return files
end)

step('quick_fix', function()
  local diagnostic
  for _, candidate in ipairs(vim.diagnostic.get(retail)) do
    if candidate.message:find("'happy'", 1, true) then
      -- Back to the LSP form, as vim.lsp.buf.code_action() sends it.
      diagnostic = {
        range = { start = { line = candidate.lnum, character = candidate.col }, ['end'] = { line = candidate.end_lnum, character = candidate.end_col } },
        message = candidate.message, code = candidate.code, severity = candidate.severity, data = candidate.user_data.lsp.data,
      }
    end
  end
  assert(diagnostic, 'no diagnostic on happy')
  local actions = request(retail, 'textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(retail) }, range = diagnostic.range, context = { diagnostics = { diagnostic } },
  })
  local action = actions[1]
  vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
  return { title = action.title, line = lines(retail)[position_of(retail, 'emotion').line + 1] }
end)

step('formatting', function()
  -- Formatting follows the editor's indentation settings: here two spaces.
  vim.bo[retail].expandtab = true
  vim.bo[retail].shiftwidth = 2
  if vim.lsp.buf.format then
    vim.lsp.buf.format({ timeout_ms = TIMEOUT })
  else
    vim.lsp.buf.formatting_sync(nil, TIMEOUT)
  end
  return lines(retail)
end)

step('close_without_save', function()
  vim.cmd('edit shared/stakeholders.cjourney')
  local shared = vim.api.nvim_get_current_buf()
  local line = position_of(shared, 'stakeholder StoreTeam').line
  vim.api.nvim_buf_set_lines(shared, line, line + 1, false, { 'stakeholder StoreX "Renamed, not saved" {' })
  wait('the unknown stakeholder error', function() return mentions(retail, "Unknown stakeholder 'StoreTeam'") end)
  local before = messages(retail)
  vim.cmd('bdelete! ' .. shared)
  vim.cmd('buffer ' .. retail)
  wait('the error to go', function() return not mentions(retail, 'Unknown stakeholder') end)
  return { before = before, after = messages(retail) }
end)

step('rename', function()
  put_cursor(retail, 'owner StoreTeam', #'owner ')
  vim.lsp.buf.rename('StoreCrew')
  wait('the rename', function() return vim.fn.join(lines(retail), '\n'):find('owner StoreCrew', 1, true) ~= nil end)
  vim.cmd('wall')
  return true
end)

vim.fn.writefile({ vim.fn.json_encode(results) }, os.getenv('CJ_RESULTS'))
vim.cmd('qa!')
