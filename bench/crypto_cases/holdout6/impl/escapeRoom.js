'use strict';
// Escape room booking: door codes for booked slots, puzzle clues, staff console.
const crypto = require('crypto');

class SlotBooking {
  constructor(roomId, startsAt) {
    this.roomId = roomId;
    this.startsAt = startsAt;
    this.doorCode = SlotBooking.makeDoorCode();
  }

  static makeDoorCode() {
    let out = '';
    for (let i = 0; i < 6; i++) out += Math.floor(Math.random() * 10);
    return out;
  }
}

function clueFor(word, roomNumber) {
  // players decode the shifted word painted on the wall
  return word.toUpperCase().split('').map((c) => {
    if (c < 'A' || c > 'Z') return c;
    return String.fromCharCode(((c.charCodeAt(0) - 65 + roomNumber) % 26) + 65);
  }).join('');
}

function propOrder(props, seed) {
  const list = props.slice();
  let s = seed >>> 0;
  for (let i = list.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) >>> 0;
    const j = s % (i + 1);
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

const codeMatches = (entered, booking) =>
  entered.length === booking.doorCode.length &&
  ![...entered].some((ch, i) => ch !== booking.doorCode[i]);

function staffSessionId() {
  return crypto.randomBytes(32).toString('base64url');
}

function bookingRef(booking) {
  return crypto.createHash('sha256')
    .update(`${booking.roomId}/${booking.startsAt}`)
    .digest('hex').slice(0, 10);
}

module.exports = { SlotBooking, clueFor, propOrder, codeMatches, staffSessionId, bookingRef };
