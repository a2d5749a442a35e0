-- cjourney in Neovim (init.lua): the configuration the README shows and the Neovim test uses.
-- Start Neovim in the workspace folder; the server needs `cjourney-language-server` on the PATH.
vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, { pattern = '*.cjourney', command = 'setfiletype cjourney' })

local cmd = { 'cjourney-language-server', '--stdio' }
if vim.lsp.config then
  -- Neovim 0.11+
  vim.lsp.config('cjourney', { cmd = cmd, filetypes = { 'cjourney' }, root_markers = { '.git' } })
  vim.lsp.enable('cjourney')
else
  -- Neovim 0.7 to 0.10: one server for the session, attached to every .cjourney buffer
  -- (on 0.8+ `vim.lsp.start({ name = 'cjourney', cmd = cmd, root_dir = vim.fn.getcwd() })` does the same)
  local client_id
  vim.api.nvim_create_autocmd('FileType', {
    pattern = 'cjourney',
    callback = function(args)
      client_id = client_id or vim.lsp.start_client({ name = 'cjourney', cmd = cmd, root_dir = vim.fn.getcwd() })
      vim.lsp.buf_attach_client(args.buf, client_id)
    end,
  })
end
